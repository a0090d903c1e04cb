import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { examples } from '../../src/examples';

function outcomes(): string[] {
  return screen.getAllByTestId('outcome').map((element) => element.textContent ?? '');
}

describe('App', () => {
  it('shows the product name and the first example with its outcome', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Messenger Designer' })).toBeInTheDocument();
    expect(screen.getByLabelText('Example request')).toHaveValue('01-text');
    expect(screen.getByLabelText('Request JSON')).toHaveTextContent('"content": "CM.com - Be part of it."');
    expect(outcomes()).toEqual(['text']);
  });

  it.each([
    ['12-rich-card-carousel', 'generic_template', 'buttons'],
    ['13-marketing-optin-request', 'optin_request', 'optin'],
    ['06-direct-message-with-quick-reply-suggestions', 'text', 'quick_replies'],
  ])('shows the outcome of %s as %s with suggestions as %s', async (id, outcome, suggestionsAs) => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Example request'), id);
    expect(outcomes()).toEqual([outcome]);
    expect(screen.getAllByTestId('suggestions-as').map((e) => e.textContent)).toEqual([suggestionsAs]);
  });

  it('renders every example request as valid, with no error boundary', async () => {
    const user = userEvent.setup();
    render(<App />);
    const picker = screen.getByLabelText('Example request');
    expect(within(picker).getAllByRole('option')).toHaveLength(examples.length);
    for (const example of examples) {
      await user.selectOptions(picker, example.id);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(/^Valid:/);
      expect(outcomes().length).toBeGreaterThan(0);
      expect(outcomes()).not.toContain('not_supported');
    }
  });
});
