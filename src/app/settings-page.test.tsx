import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'react';
import { chatCompletion, COMPLETIONS } from '../test/llm-mocks';
import { server } from '../test/msw-server';
import { clearSettings, loadSettings } from '../storage/settings';
import { SettingsPage as Page } from '../features/settings/settings-page';
import { testLlmConnection } from './llm';

// The Settings page as the app composes it: its connection test uses the app's one LLM owner.
const SettingsPage = (props: Partial<ComponentProps<typeof Page>>) => (
  <Page testConnection={testLlmConnection} {...props} />
);

async function chooseLlm() {
  const user = userEvent.setup();
  render(<SettingsPage />);
  await user.click(screen.getByLabelText(/^A language model you choose/));
  return user;
}

describe('settings', () => {
  it('starts with the embedded grader and presets filled in', () => {
    render(<SettingsPage />);
    expect(screen.getByLabelText(/^On this device/)).toBeChecked();
    expect(screen.getByLabelText('Base URL')).toHaveValue('http://localhost:11434/v1');
  });

  it('refuses a bad URL with a message, and saves nothing', async () => {
    const user = await chooseLlm();
    await user.clear(screen.getByLabelText('Base URL'));
    await user.type(screen.getByLabelText('Base URL'), 'localhost:11434');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('enter a full http:// or https:// address');
    await user.clear(screen.getByLabelText('Base URL'));
    await user.type(screen.getByLabelText('Base URL'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('enter a full http:// or https:// address');
    expect(loadSettings().engine).toBe('embedded');
  });

  it('fills the address and model from a preset, masks the key, and saves', async () => {
    const user = await chooseLlm();
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'openai');
    expect(screen.getByLabelText('Base URL')).toHaveValue('https://api.openai.com/v1');
    expect(screen.getByLabelText('Model')).toHaveValue('gpt-4o-mini');
    const key = screen.getByLabelText('API key');
    expect(key).toHaveAttribute('type', 'password');
    await user.type(key, 'sk-test');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    expect(loadSettings()).toMatchObject({
      engine: 'llm',
      preset: 'openai',
      llm: { apiKey: 'sk-test', model: 'gpt-4o-mini' },
    });
  });

  it('clears the key when the address moves to another host, and says why', async () => {
    const user = await chooseLlm();
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'openai');
    await user.type(screen.getByLabelText('API key'), 'sk-openai');
    const url = screen.getByLabelText('Base URL');
    await user.clear(url);
    await user.type(url, 'https://evil.example.com/v1');
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.getByTestId('key-cleared')).toHaveTextContent('another host');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(loadSettings().llm).toMatchObject({ baseURL: 'https://evil.example.com/v1', apiKey: '' });
  });

  it('keeps the key while the address stays on the same host', async () => {
    const user = await chooseLlm();
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'openai');
    await user.type(screen.getByLabelText('API key'), 'sk-openai');
    await user.type(screen.getByLabelText('Base URL'), '/');
    expect(screen.getByLabelText('API key')).toHaveValue('sk-openai');
    expect(screen.queryByTestId('key-cleared')).toBeNull();
  });

  it('refuses plain http:// to another machine until the learner confirms it', async () => {
    const user = await chooseLlm();
    const url = screen.getByLabelText('Base URL');
    await user.clear(url);
    await user.type(url, 'http://gpu-box.example.com:8000/v1');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('plain http:// sends your replies and key unencrypted');
    expect(loadSettings().engine).toBe('embedded');
    await user.click(screen.getByLabelText(/private network you trust/));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(loadSettings().llm).toMatchObject({ baseURL: 'http://gpu-box.example.com:8000/v1', allowHttp: true });
  });

  it('refuses an address with a user name or password in it', async () => {
    const user = await chooseLlm();
    const url = screen.getByLabelText('Base URL');
    await user.clear(url);
    await user.type(url, 'https://me:secret@api.example.com/v1');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('remove the user name and password');
    expect(loadSettings().engine).toBe('embedded');
  });

  it('tests the connection and reports success, sending the key only as a bearer header', async () => {
    let auth: string | null = null;
    let url = '';
    server.use(
      http.post(COMPLETIONS, ({ request }) => {
        auth = request.headers.get('authorization');
        url = request.url;
        return HttpResponse.json(chatCompletion('OK'));
      }),
    );
    const user = await chooseLlm();
    await user.type(screen.getByLabelText(/API key/), 'sk-secret');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/Connected: “test-model” answered in/)).toBeInTheDocument();
    expect(auth).toBe('Bearer sk-secret');
    expect(url).not.toContain('sk-secret');
  });

  it('reports the exact problem when the connection fails', async () => {
    server.use(http.post(COMPLETIONS, () => HttpResponse.json({ error: { message: 'nope' } }, { status: 404 })));
    const user = await chooseLlm();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/The model “llama3.1” was not found \(404\)/)).toBeInTheDocument();
  });

  it('says how to allow the page in Ollama when a local server cannot be reached', async () => {
    server.use(http.post(COMPLETIONS, () => HttpResponse.error()));
    const user = await chooseLlm();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/Could not reach the model's address.*OLLAMA_ORIGINS=/)).toBeInTheDocument();
  });
});

describe('settings after everything is deleted', () => {
  it('forgets the key in the form too, so saving again cannot store it', async () => {
    const user = await chooseLlm();
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'openai');
    await user.type(screen.getByLabelText('API key'), 'sk-openai');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(loadSettings().llm.apiKey).toBe('sk-openai');
    act(() => clearSettings());
    expect(screen.getByLabelText(/^API key/)).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(loadSettings().llm.apiKey).toBe('');
  });
});

describe('a page that may only reach the address it loaded with', () => {
  it('saves and reloads to test a new address, then runs the test once it has', async () => {
    let reloads = 0;
    const user = userEvent.setup();
    const first = render(<SettingsPage mayConnect={() => false} reload={() => reloads++} />);
    await user.click(screen.getByLabelText(/^A language model you choose/));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(reloads).toBe(1);
    expect(loadSettings().engine).toBe('llm');
    first.unmount();
    // After the reload, the page may reach it: the test runs by itself.
    server.use(http.post(COMPLETIONS, () => HttpResponse.json(chatCompletion('OK'))));
    render(<SettingsPage mayConnect={() => true} reload={() => reloads++} />);
    expect(await screen.findByText(/Connected: “test-model” answered/)).toBeInTheDocument();
    expect(sessionStorage.getItem('rapport.testAfterReload')).toBeNull();
    expect(reloads).toBe(1);
  });

  it('reloads after saving an address the page could not reach, and not otherwise', async () => {
    let reloads = 0;
    const user = userEvent.setup();
    render(<SettingsPage mayConnect={(url) => url.startsWith('http://localhost:11434')} reload={() => reloads++} />);
    await user.click(screen.getByLabelText(/^A language model you choose/));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(reloads).toBe(0);
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'lmstudio');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(reloads).toBe(1);
  });
});
