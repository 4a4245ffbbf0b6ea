import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardFrame } from '../../../entrypoints/card/CardFrame';
import { CardNotice } from '../../../entrypoints/card/CardNotice';
import type { CardNotice as Notice } from '../../../model/card-contract';

afterEach(cleanup);

const anchor = { top: 10, left: 10, bottom: 30, right: 80 };

function frame(focus: boolean, notice: Notice = { kind: 'no-mentions' }) {
  return render(
    <CardFrame
      anchor={anchor}
      theme="light"
      label="Who is this?"
      closeLabel="Close"
      onPointerOn={() => {}}
      onClose={() => {}}
      focus={focus}
      describedBy="notice"
    >
      <CardNotice notice={notice} lang="en" id="notice" />
    </CardFrame>,
  );
}

describe('CardFrame', () => {
  it('is a dialog named by its label and described by its content', () => {
    frame(false);
    const dialog = screen.getByRole('dialog', { name: 'Who is this?' });
    expect(dialog.getAttribute('aria-describedby')).toBe('notice');
    expect(document.getElementById('notice')?.textContent).toBe('Nobody from the story is mentioned on this page.');
  });

  it('takes the focus when a command opened it, and only then', () => {
    frame(false);
    expect(document.activeElement).toBe(document.body);
    cleanup();
    frame(true);
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    // Focusable by script, not a stop of its own in the page's tab order.
    expect(screen.getByRole('dialog').tabIndex).toBe(-1);
  });
});

describe('CardNotice', () => {
  it('quotes the selection back, shortened when long', () => {
    render(<CardNotice notice={{ kind: 'not-named', text: 'Robert Altman' }} lang="de" id="a" />);
    expect(screen.getByText('„Robert Altman“ ist niemand aus der Geschichte.')).toBeTruthy();
    cleanup();
    render(
      <CardNotice notice={{ kind: 'several-named', text: `Sam Altman and ${'more '.repeat(30)}` }} lang="en" id="b" />,
    );
    const text = document.getElementById('b')!.textContent!;
    expect(text).toMatch(
      /^“Sam Altman and (more )+more…” names several of the story’s people\. Select just one name\.$/,
    );
    expect(text.indexOf('…')).toBeLessThanOrEqual(61);
  });
});
