// Component tests: jest-dom matchers (toBeInTheDocument, ...) and an unmount after each test
// (Testing Library only cleans up by itself when Vitest globals are on, and they are off here).
// First, before React DOM loads: the hook the render-count tests read (test/renderCount.ts installs it as it loads).
import './renderCount';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A findBy* that waits for a lazy chunk's first import (the JSON panel, the Fix button) gets 5 s, not 1: on a busy
// 2-core machine the first test of a file that pays for that import took up to 2.4 s, and failed now and then.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
