/** The Page's small round avatar beside its messages (initial of the Page's name or id). */
export function Avatar({ name, size = 'small' }: { name: string; size?: 'small' | 'large' }) {
  const initial = [...name.trim()][0]?.toUpperCase() ?? 'P';
  return (
    <span className={`pv-avatar pv-avatar--${size}`} aria-hidden="true">
      {initial}
    </span>
  );
}
