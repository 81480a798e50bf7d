/**
 * The grader's address and key, checked before anything is sent: a full http(s) address, no
 * credentials in it, and plain http only to this machine unless the learner confirmed otherwise.
 */
import { describe, expect, it } from 'vitest';
import { hostOf, isInsecureRemote, LlmConfig, Preset, PRESETS } from './llm-config';

const problems = (input: Record<string, unknown>) => {
  const parsed = LlmConfig.safeParse({
    baseURL: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    apiKey: '',
    ...input,
  });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('hostOf', () => {
  it('is the host with its port, in lower case, or null for what is not an address', () => {
    expect(hostOf('  HTTPS://API.OpenAI.com/v1 ')).toBe('api.openai.com');
    expect(hostOf('http://localhost:11434/v1')).toBe('localhost:11434');
    expect(hostOf('not an address')).toBeNull();
  });
});

describe('isInsecureRemote', () => {
  it.each([
    ['http://192.168.1.20:11434/v1', true],
    ['http://ollama.lan/v1', true],
    [' HTTP://Example.com/v1 ', true],
    ['http://localhost:11434/v1', false],
    ['http://LOCALHOST/v1', false],
    ['http://127.0.0.1:1234/v1', false],
    ['http://[::1]:1234/v1', false],
    ['https://192.168.1.20/v1', false],
    ['not an address', false],
  ])('%s → %s', (url, insecure) => {
    expect(isInsecureRemote(url)).toBe(insecure);
  });
});

describe('LlmConfig', () => {
  it('accepts a full https address, trimmed, with plain http off by default', () => {
    const parsed = LlmConfig.parse({ baseURL: ' https://api.openai.com/v1 ', model: ' gpt-4o-mini ', apiKey: ' sk ' });
    expect(parsed).toEqual({
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKey: 'sk',
      allowHttp: false,
    });
  });

  it('refuses what is not an http(s) address', () => {
    for (const baseURL of [
      'localhost:11434',
      'ftp://example.com/v1',
      '',
      'httpx://example.com/v1',
      'xhttps://example.com/v1',
    ]) {
      expect(problems({ baseURL }), baseURL).toContain(
        'baseURL: enter a full http:// or https:// address, e.g. http://localhost:11434/v1',
      );
    }
  });

  it('refuses a user name or a password in the address', () => {
    const message =
      'baseURL: remove the user name and password from the address; put a key in the API key field instead';
    expect(problems({ baseURL: 'https://me@example.com/v1' })).toEqual([message]);
    expect(problems({ baseURL: 'https://:secret@example.com/v1' })).toEqual([message]);
  });

  it('needs a model name', () => {
    expect(problems({ model: '  ' })).toEqual(['model: enter a model name, e.g. gpt-4o-mini or llama3.1']);
  });

  it('refuses plain http to another machine until the learner confirms it', () => {
    expect(problems({ baseURL: 'http://192.168.1.20:11434/v1' })).toEqual([
      'baseURL: plain http:// sends your replies and key unencrypted to another machine; use https://, or confirm below that this is a private network',
    ]);
    expect(problems({ baseURL: 'http://192.168.1.20:11434/v1', allowHttp: true })).toEqual([]);
    expect(problems({ baseURL: 'http://localhost:11434/v1' })).toEqual([]);
  });
});

describe('PRESETS', () => {
  it('are valid addresses, local servers on this machine without a key, and only OpenAI needing one', () => {
    expect(Preset.options).toEqual(['openai', 'ollama', 'lmstudio', 'custom']);
    for (const preset of Preset.options) {
      const p = PRESETS[preset];
      if (preset !== 'custom') expect(problems({ baseURL: p.baseURL, model: p.model }), preset).toEqual([]);
      expect(p.label.length && p.help.length, preset).toBeTruthy();
    }
    expect(PRESETS.openai).toMatchObject({ baseURL: 'https://api.openai.com/v1', needsKey: true });
    expect(PRESETS.ollama).toMatchObject({ baseURL: 'http://localhost:11434/v1', needsKey: false });
    expect(PRESETS.lmstudio).toMatchObject({ baseURL: 'http://localhost:1234/v1', needsKey: false });
    expect(PRESETS.custom).toMatchObject({ baseURL: '', model: '', needsKey: false });
    expect(PRESETS.ollama.help).toMatch(/OLLAMA_ORIGINS/);
    expect(PRESETS.lmstudio.help).toMatch(/Enable CORS/);
  });
});
