// Component tests: jest-dom matchers (toBeInTheDocument, ...) and an unmount after each test
// (Testing Library only cleans up by itself when Vitest globals are on, and they are off here).
// First, before React DOM loads: the hook the render-count tests read (test/renderCount.ts installs it as it loads).
import './renderCount';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
