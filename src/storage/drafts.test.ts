import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDrafts, loadDraft, saveDraft } from './drafts';

/** Makes every localStorage call throw, as a browser that refuses storage does. */
function refuseStorage() {
  const refuse = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  vi.stubGlobal('localStorage', {
    getItem: refuse,
    setItem: refuse,
    removeItem: refuse,
    key: refuse,
    get length(): number {
      return refuse();
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drafts', () => {
  it('keeps a draft per scenario, session and moment', () => {
    saveDraft('coffee', 's1', 'opening', 'Half a reply');
    expect(loadDraft('coffee', 's1', 'opening')).toBe('Half a reply');
    expect(loadDraft('coffee', 's1', 'follow-up')).toBe('');
    expect(loadDraft('coffee', 's2', 'opening')).toBe('');
    expect(loadDraft('feedback', 's1', 'opening')).toBe('');
  });

  it('finds a draft under the key earlier versions of the app wrote, so an update keeps it', () => {
    localStorage.setItem('rapport.draft.coffee.s1.opening', 'Written before the update');
    expect(loadDraft('coffee', 's1', 'opening')).toBe('Written before the update');
    saveDraft('coffee', 's1', 'opening', 'Edited');
    expect(localStorage.getItem('rapport.draft.coffee.s1.opening')).toBe('Edited');
  });

  it('forgets a draft emptied by the learner instead of storing an empty one', () => {
    saveDraft('coffee', 's1', 'opening', 'Half a reply');
    saveDraft('coffee', 's1', 'opening', '');
    expect(loadDraft('coffee', 's1', 'opening')).toBe('');
    expect(localStorage.length).toBe(0);
  });

  it('clears every draft of one scenario, and only of that one', () => {
    saveDraft('coffee', 's1', 'opening', 'a');
    saveDraft('coffee', 's2', 'follow-up', 'b');
    saveDraft('coffee-chat', 's1', 'opening', 'another scenario whose id starts the same');
    saveDraft('feedback', 's1', 'opening', 'c');
    localStorage.setItem('rapport.settings', '{}');
    clearDrafts('coffee');
    expect(loadDraft('coffee', 's1', 'opening')).toBe('');
    expect(loadDraft('coffee', 's2', 'follow-up')).toBe('');
    expect(loadDraft('coffee-chat', 's1', 'opening')).toBe('another scenario whose id starts the same');
    expect(loadDraft('feedback', 's1', 'opening')).toBe('c');
    expect(localStorage.getItem('rapport.settings')).toBe('{}');
  });

  it('never throws where the browser refuses storage: no draft, and nothing lost but the draft', () => {
    saveDraft('coffee', 's1', 'opening', 'kept');
    refuseStorage();
    expect(loadDraft('coffee', 's1', 'opening')).toBe('');
    expect(() => saveDraft('coffee', 's1', 'opening', 'new')).not.toThrow();
    expect(() => saveDraft('coffee', 's1', 'opening', '')).not.toThrow();
    expect(() => clearDrafts('coffee')).not.toThrow();
    vi.unstubAllGlobals();
    expect(loadDraft('coffee', 's1', 'opening')).toBe('kept');
  });
});
