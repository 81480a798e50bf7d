import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Button, buttonClass } from './button';

export interface DialogChoice<T extends string> {
  value: T;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * An in-page question with a few answers and a way out, in place of the browser's `confirm()`.
 * Modal while it is mounted: focus moves to its Cancel button (the answer that changes nothing),
 * Tab stays inside, Escape cancels, the rest of the page is inert, and on closing focus goes back
 * to where it was (or to `fallbackFocus` when that element has gone, e.g. a removed card's button).
 */
export function ConfirmDialog<T extends string>({
  title,
  children,
  choices,
  onChoose,
  onCancel,
  cancelLabel = 'Cancel',
  returnFocus,
  fallbackFocus,
}: {
  title: string;
  children: ReactNode;
  choices: readonly DialogChoice<T>[];
  onChoose: (value: T) => void;
  onCancel: () => void;
  cancelLabel?: string;
  /** Where focus returns on closing; by default the element focused when the dialog opened. */
  returnFocus?: RefObject<HTMLElement | null>;
  fallbackFocus?: RefObject<HTMLElement | null>;
}) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Read in the effect's cleanup, after the props may have changed: keep the latest ones.
  const focusTargets = useRef({ returnFocus, fallbackFocus });
  useEffect(() => {
    focusTargets.current = { returnFocus, fallbackFocus };
  });

  useEffect(() => {
    const opener = focusTargets.current.returnFocus?.current ?? (document.activeElement as HTMLElement | null);
    cancel.current?.focus();
    // Everything outside the dialog is inert while it is open (aria-modal alone does not stop the mouse).
    const host = panel.current?.closest('[data-dialog-host]');
    const madeInert = Array.from(document.body.children).filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== host && !el.inert,
    );
    for (const el of madeInert) el.inert = true;
    return () => {
      for (const el of madeInert) el.inert = false;
      const target = opener?.isConnected ? opener : focusTargets.current.fallbackFocus?.current;
      target?.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !panel.current) return;
    const items = Array.from(panel.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !panel.current.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !panel.current.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div
      data-dialog-host
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
      // A click on the backdrop would move focus to the page behind.
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) e.preventDefault();
      }}
    >
      <div
        ref={panel}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
        className="w-full max-w-lg space-y-4 rounded-xl bg-white p-5 shadow-xl ring-1 ring-slate-200"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="space-y-2 text-sm text-slate-700">
          {children}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          {choices.map((c) => (
            <Button key={c.value} variant={c.variant ?? 'secondary'} onClick={() => onChoose(c.value)}>
              {c.label}
            </Button>
          ))}
          <button ref={cancel} type="button" className={buttonClass('secondary')} onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
