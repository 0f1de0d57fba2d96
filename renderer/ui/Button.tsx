import type { ComponentPropsWithRef } from 'react';

/** The one button: at least 64 px in both directions, no hover-only states. */
type Variant = 'primary' | 'secondary' | 'tile' | 'quiet';

export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ComponentPropsWithRef<'button'> & { variant?: Variant }) {
  return (
    <button type={type} className={`btn btn-${variant}${className ? ` ${className}` : ''}`} {...props} />
  );
}
