import { lazy, Suspense } from 'react';
import { isFixable, type Diagnostic } from '../../core';

// The button, its menu and the fixers load when a fixable problem first shows: the first load carries none of it.
const FixButton = lazy(() => import('./FixButton'));

/** A Fix button beside a problem that has a fix (else nothing); `sameKind`: how many problems of its kind there are, for "Fix all". */
export function Fix({ diagnostic, sameKind }: { diagnostic: Diagnostic; sameKind?: number }) {
  if (!isFixable(diagnostic.code)) return null;
  return (
    <Suspense fallback={null}>
      <FixButton diagnostic={diagnostic} sameKind={sameKind} />
    </Suspense>
  );
}
