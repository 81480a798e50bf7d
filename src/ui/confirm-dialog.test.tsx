import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

/** A page with a trigger that opens the dialog; `removeTrigger` makes the trigger go with a "Delete". */
function Page({
  onChoose = () => {},
  removeTrigger = false,
}: {
  onChoose?: (v: string) => void;
  removeTrigger?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [gone, setGone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <div>
      <h1 ref={heading} tabIndex={-1}>
        Files
      </h1>
      <button type="button">Elsewhere</button>
      {!gone && (
        <button type="button" onClick={() => setOpen(true)}>
          Delete notes.yaml
        </button>
      )}
      {open && (
        <ConfirmDialog
          title="Delete notes.yaml?"
          choices={[
            { value: 'keep-both', label: 'Keep both' },
            { value: 'delete', label: 'Delete', variant: 'danger' },
          ]}
          onChoose={(v) => {
            onChoose(v);
            if (removeTrigger && v === 'delete') setGone(true);
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
          fallbackFocus={heading}
        >
          <p>It is removed from this browser.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

async function openDialog(props: Parameters<typeof Page>[0] = {}) {
  const user = userEvent.setup();
  render(<Page {...props} />);
  const trigger = screen.getByRole('button', { name: 'Delete notes.yaml' });
  await user.click(trigger);
  return { user, trigger, dialog: screen.getByRole('alertdialog') };
}

describe('confirm dialog', () => {
  it('is a labelled, described modal dialog, and focus moves into it on its Cancel button', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Delete notes.yaml?');
    expect(dialog).toHaveAccessibleDescription('It is removed from this browser.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const { user } = await openDialog();
    const [keepBoth, del, cancel] = ['Keep both', 'Delete', 'Cancel'].map((name) =>
      screen.getByRole('button', { name }),
    );
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(keepBoth).toHaveFocus();
    await user.tab();
    expect(del).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(del).toHaveFocus();
  });

  it('shift-Tab from the first answer goes to the last', async () => {
    const { user } = await openDialog();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Keep both' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('makes the page behind inert while open, and not after', async () => {
    const { user } = await openDialog();
    const behind = screen.getByRole('button', { name: 'Elsewhere' }).closest('body > *') as HTMLElement;
    expect(behind.inert).toBe(true);
    await user.keyboard('{Escape}');
    expect(behind.inert).toBe(false);
  });

  it('Escape cancels and focus returns to the trigger', async () => {
    const onChoose = vi.fn();
    const { user, trigger } = await openDialog({ onChoose });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onChoose).not.toHaveBeenCalled();
    expect(trigger).toHaveFocus();
  });

  it('an answer is passed on, and focus returns to the trigger', async () => {
    const onChoose = vi.fn();
    const { user, trigger } = await openDialog({ onChoose });
    await user.click(screen.getByRole('button', { name: 'Keep both' }));
    expect(onChoose).toHaveBeenCalledWith('keep-both');
    expect(trigger).toHaveFocus();
  });

  it('when the trigger has gone, focus goes to the fallback', async () => {
    const { user } = await openDialog({ removeTrigger: true });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('button', { name: 'Delete notes.yaml' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Files' })).toHaveFocus();
  });
});
