import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** How many saves have happened; each new one shows `text` for a while. */
  saves: number;
  text: string;
}

const SHOWN_MS = 2_000;

/** "Saved", for a moment after each change, in a live region that screen readers announce. */
export function SaveStatus({ saves, text }: Props) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!saves) return undefined;
    setShown(true);
    const timer = setTimeout(() => setShown(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [saves]);
  return (
    <p class="save-status" role="status">
      {shown ? text : ''}
    </p>
  );
}
