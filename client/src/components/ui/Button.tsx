import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** The one button: `primary` for the next action, `danger` for what cannot be undone; 48 px high, 36 px when `small`. */
export function Button({
  variant = 'default',
  small = false,
  icon,
  className,
  children,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'default' | 'primary' | 'danger';
  small?: boolean;
  /** A decorative icon before the words (the words carry the name). */
  icon?: ReactNode;
}) {
  const classes = ['button', variant !== 'default' && `button--${variant}`, small && 'button--small', className];
  return (
    <button type={type} className={classes.filter(Boolean).join(' ')} {...rest}>
      {icon && (
        <span className="button__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </button>
  );
}
