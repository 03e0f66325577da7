import type { HTMLAttributes, ReactNode } from 'react';

/** A surface on the page: paper on the wash, a hairline edge, the standard radius and padding. */
export function Card({
  children,
  className,
  as: Tag = 'section',
  ...rest
}: HTMLAttributes<HTMLElement> & { children: ReactNode; as?: 'section' | 'article' | 'div' }) {
  return (
    <Tag className={['card', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </Tag>
  );
}
