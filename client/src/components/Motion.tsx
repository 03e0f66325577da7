import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

const features = () => import('../motionFeatures').then((m) => m.default);

/**
 * Wraps animated parts: framer-motion's features load lazily, and
 * reducedMotion="user" drops movement for people who ask for less motion.
 */
export function Motion({ children }: { children: ReactNode }) {
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={features} strict>
        {children}
      </LazyMotion>
    </MotionConfig>
  );
}
