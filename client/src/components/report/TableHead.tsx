import type { ReactNode } from 'react';

/**
 * A report table's head row: the `text` columns' heads, then the `num` columns' heads
 * (aligned right, with their numbers), then `children`: heads that come from data,
 * such as one per meeting.
 */
export function TableHead({
  text,
  num = [],
  children,
}: {
  text: ReactNode[];
  num?: ReactNode[];
  children?: ReactNode;
}) {
  return (
    <thead>
      <tr>
        {text.map((head, i) => (
          <th key={`text-${i}`} scope="col">
            {head}
          </th>
        ))}
        {num.map((head, i) => (
          <th key={`num-${i}`} scope="col" className="num">
            {head}
          </th>
        ))}
        {children}
      </tr>
    </thead>
  );
}
