import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { check, getAt } from '../../src/core';
import { examples } from '../../src/examples';
import { EMPTY_REQUEST } from '../../src/state/document';
import { doc, galleryTile, renderApp } from './helpers';

async function openFromGallery(user: ReturnType<typeof userEvent.setup>, id: string) {
  await user.click(screen.getByRole('button', { name: 'Gallery' }));
  // The gallery is a chunk of its own, loaded when first opened.
  await user.click(await galleryTile(id));
}

const codes = () => screen.queryAllByTestId('outcome-code').map((e) => e.textContent);

describe('App shell', () => {
  it('shows the product name, an empty design and its envelope in the inspector', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Messenger Designer' })).toBeInTheDocument();
    expect(screen.getByLabelText('Page ID (from)')).toHaveValue('Your Page ID');
    expect(screen.getByText('Drop an element here to add a new conversation item')).toBeInTheDocument();
  });

  it.each(examples.map((e) => [e.id, e] as const))('loads %s with the outcome check() gives, valid, no error boundary', async (_id, ex) => {
    const user = userEvent.setup();
    renderApp();
    await openFromGallery(user, ex.id);
    const expected = check(ex.request).messages[0]!.items.map((i) => i.outcome);
    expect(codes()).toEqual(expected);
    expect(screen.getByTestId('status-summary')).toHaveTextContent('Valid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('loading an example is one undo step', async () => {
    const user = userEvent.setup();
    renderApp();
    await openFromGallery(user, examples[7]!.id);
    expect(codes()).toEqual(['button_template']);
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(doc()).toEqual(EMPTY_REQUEST);
  });
});

describe('palette', () => {
  it('Enter on a palette entry adds it as a new item and selects it', async () => {
    const user = userEvent.setup();
    renderApp();
    screen.getByRole('button', { name: /^Text$/ }).focus();
    await user.keyboard('{Enter}');
    expect(codes()).toEqual(['text']);
    expect(screen.getByTestId('announcer')).toHaveTextContent('Text added.');
    // The new item's text is selected: the inspector edits it.
    expect(screen.getByLabelText('Text')).toHaveValue('Your message text');
  });

  it('a click adds to the selected item: header + 3 replies is a button template, the 4th goes to quick replies', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Header$/ }));
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: /^Reply$/ }));
    expect(screen.getByTestId('item-outcome')).toHaveTextContent('Button template · 3 buttons');
    await user.click(screen.getByRole('button', { name: /^Reply$/ }));
    expect(screen.getByTestId('item-outcome')).toHaveTextContent('Button template · 4 suggestions sent as quick replies');
    expect(screen.getAllByText('button-template/no-buttons').length).toBeGreaterThan(0);
    // A 5th that cannot be a quick reply: the badge says it is left out.
    await user.click(screen.getByRole('button', { name: /^Open URL$/ }));
    expect(screen.getByTestId('item-outcome')).toHaveTextContent('Button template · 4 suggestions sent as quick replies (1 left out)');
  });
});

describe('a request that is not an object', () => {
  it('the palette and + Message say why nothing is added, and offer an empty request (one undo step)', async () => {
    const user = userEvent.setup();
    renderApp('hello world');
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    const notices = screen.getByRole('region', { name: 'Notices' });
    expect(notices).toHaveTextContent('Text cannot be added: this request has no messages.msg to hold it (see its Problems).');
    await user.click(within(notices).getByRole('button', { name: 'Start from an empty request' }));
    expect(doc()).toEqual(EMPTY_REQUEST);
    expect(screen.queryByText(/cannot be added/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    expect(screen.getByTestId('announcer')).toHaveTextContent('Text added.');
  });
  it('+ Message on an array says so too', async () => {
    const user = userEvent.setup();
    renderApp([1, 2]);
    await user.click(screen.getByRole('button', { name: '+ Message' }));
    expect(screen.getByRole('region', { name: 'Notices' })).toHaveTextContent('A message cannot be added');
  });
});

describe('inspector', () => {
  it('counts label characters against the core’s limit and shows the inline error at 21', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: /^Reply$/ }));
    const label = screen.getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'x'.repeat(20));
    expect(screen.getByTestId('counter-label')).toHaveTextContent('20/20');
    expect(screen.queryAllByText('suggestion/label-too-long')).toHaveLength(0);
    await user.type(label, 'y');
    expect(screen.getByTestId('counter-label')).toHaveTextContent('21/20');
    // On the field and on the canvas element.
    expect(screen.getAllByText('suggestion/label-too-long').length).toBeGreaterThanOrEqual(2);
    expect(label).toHaveAttribute('aria-invalid', 'true');
  });

  it('typing in a field is one undo step (Ctrl+Z)', async () => {
    const user = userEvent.setup();
    renderApp();
    const from = screen.getByLabelText('Page ID (from)');
    await user.clear(from);
    await user.type(from, '12345');
    from.blur();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('12345');
    await user.keyboard('{Control>}z{/Control}');
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('Your Page ID');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('12345');
  });

  it('sets the message’s reference in the envelope, which the schema accepts, and removes it', async () => {
    const user = userEvent.setup();
    renderApp();
    const reference = screen.getByLabelText('Reference');
    await user.type(reference, 'order-42');
    reference.blur();
    expect(getAt(doc(), '/messages/msg/0/reference')).toBe('order-42');
    expect(check(doc()).diagnostics.filter((d) => d.path.endsWith('/reference'))).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Remove Reference' }));
    expect(getAt(doc(), '/messages/msg/0/reference')).toBeUndefined();
  });

  it('masks the product token until asked', async () => {
    const user = userEvent.setup();
    renderApp();
    const token = screen.getByLabelText('Product token');
    expect(token).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(token).toHaveAttribute('type', 'text');
  });
});

describe('canvas keyboard commands', () => {
  it('Ctrl+D duplicates the selected item and Delete removes it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: 'Message 1' })); // nothing selected: next add is a new item
    await user.click(screen.getByRole('button', { name: /^Header$/ }));
    expect(codes()).toEqual(['text', 'generic_template']);
    await user.click(screen.getByRole('button', { name: 'Item 1' }));
    await user.keyboard('{Control>}d{/Control}');
    expect(codes()).toEqual(['text', 'text', 'generic_template']);
    await user.keyboard('{Delete}');
    expect(codes()).toEqual(['text', 'generic_template']);
  });

  it('Alt+ArrowUp moves the selected item; Ctrl+Z puts it back', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: 'Message 1' }));
    await user.click(screen.getByRole('button', { name: /^Video$/ }));
    expect(codes()).toEqual(['text', 'media']);
    await user.click(screen.getByRole('button', { name: 'Item 2' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(codes()).toEqual(['media', 'text']);
    await user.keyboard('{Control>}z{/Control}');
    expect(codes()).toEqual(['text', 'media']);
  });

  it('content added to a selected item lands in it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: /^Image$/ }));
    expect(codes()).toEqual(['text_and_media']);
  });
});

describe('problems list', () => {
  it('a click on a problem selects the element it is about', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: /^Dial$/ }));
    const phone = screen.getByLabelText('Phone number');
    await user.clear(phone);
    await user.type(phone, '123');
    await user.click(screen.getByRole('button', { name: 'Message 1' }));
    const list = screen.getByTestId('problems');
    await user.click(within(list).getByText('suggestion/phone-invalid'));
    expect(screen.getByLabelText('Phone number')).toHaveValue('123');
  });
});

describe('several messages', () => {
  it('designs one at a time and keeps the others', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: '+ Message' }));
    // A new message starts with the envelope and no rich content: its body text.
    expect(codes()).toEqual(['text']);
    await user.click(screen.getByRole('button', { name: /^Header$/ }));
    expect(codes()).toEqual(['generic_template']);
    await user.click(screen.getByRole('button', { name: 'Message 1' }));
    expect(codes()).toEqual(['text']);
    expect(check(doc()).messages.map((m) => m.items.map((i) => i.outcome))).toEqual([['text'], ['generic_template']]);
  });
});

describe('editing from the canvas', () => {
  it('a click on a chip puts the focus in its inspector field, to type at once', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Header$/ }));
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: /^Reply$/ }));
    await user.click(screen.getByRole('button', { name: /^Text: Your message text/ }));
    const text = screen.getByLabelText('Text', { selector: 'textarea' });
    expect(text).toHaveFocus();
    await user.keyboard('!');
    expect(text).toHaveValue('Your message text!');
    // A suggestion's chip: its label (the field one types in), not its action.
    await user.click(screen.getByRole('button', { name: /^Suggestion 1: Reply Yes/ }));
    const label = screen.getByRole('textbox', { name: 'Label' });
    expect(label).toHaveFocus();
    await user.keyboard('s');
    expect(label).toHaveValue('Yess');
  });

  it('selected with the keyboard, the focus stays on the canvas (Delete deletes); F2 moves it to the field', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Header$/ }));
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    const block = screen.getByRole('button', { name: /^Text: Your message text/ });
    block.focus();
    await user.keyboard('{Enter}');
    expect(block).toHaveAttribute('aria-pressed', 'true');
    expect(block).toHaveFocus();
    await user.keyboard('{F2}');
    expect(screen.getByLabelText('Text', { selector: 'textarea' })).toHaveFocus();
    screen.getByRole('button', { name: /^Header: Your header/ }).focus();
    await user.keyboard('{Enter}{Delete}');
    expect(codes()).toEqual(['text']);
  });
});
