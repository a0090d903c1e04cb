import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

let shouldThrow = true;

function Fragile() {
  const [label] = useState('fine now');
  if (shouldThrow) throw new Error('boom');
  return <p>{label}</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    shouldThrow = true;
  });

  it('shows the failure instead of a blank page, and tries again on request', async () => {
    // React reports the caught error on the console; keep the test output quiet.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <ErrorBoundary title="The report could not be shown">
        <Fragile />
      </ErrorBoundary>,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The report could not be shown');
    expect(alert).toHaveTextContent('boom');

    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fine now')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
