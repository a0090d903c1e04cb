import { Collector } from './diagnostics';
import { canonicalize } from './canonical';
import { isMessengerChannel } from './limits';
import { join } from './pointer';
import { resolveItem, type ResolvedItem } from './resolve';
import { validateShape } from './shape';
import { clip, isObject } from './text';
import { LIMITS } from './limits';
import { elementName, subject, tooLong } from './names';
import type { Diagnostic, ItemReport, MessageReport, Report } from './types';

/**
 * Checks a CM Business Messaging request: its shape, every Messenger rule, and
 * what each conversation item becomes (RULES.md). The one entry point of the core.
 * Never throws, whatever JSON value it is given.
 */
export function check(request: unknown): Report {
  try {
    return checkUnsafe(request);
  } catch (e) {
    // A bug in a rule must not take the page or the CLI down; it is reported instead.
    return {
      valid: false,
      diagnostics: [
        {
          code: 'internal/error',
          severity: 'error',
          path: '',
          message: `The checker failed on this request: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
      messages: [],
    };
  }
}

function checkUnsafe(request: unknown): Report {
  const canon = canonicalize(request);
  const c = new Collector();
  for (const d of validateShape(canon.value)) c.add(d.code, d.path, d.message, d.field);

  const root = canon.value;
  const messages: MessageReport[] = [];
  const env = isObject(root) && isObject(root.messages) ? root.messages : undefined;
  if (env) {
    const auth = isObject(env.authentication) ? env.authentication : undefined;
    const token = auth?.producttoken;
    if (typeof token !== 'string' || token.trim() === '')
      c.add(
        'auth/token-missing',
        auth ? '/messages/authentication' : '/messages',
        'No product token in the body: send it in the X-CM-PRODUCTTOKEN header instead.',
        auth ? 'producttoken' : 'authentication/producttoken',
      );
    if (Array.isArray(env.msg)) env.msg.forEach((m, i) => messages.push(checkMessage(m, join('/messages/msg', i), c)));
  }

  const own: Diagnostic[] = [];
  for (const d of canon.duplicates)
    own.push({
      code: 'schema/duplicate-key',
      severity: 'warning',
      path: d.path,
      message: `"${d.key}" differs from "${d.usedKey}" only in letter case; the first one, "${d.usedKey}", is used.`,
    });
  for (const d of canon.ignored)
    own.push({
      code: 'schema/ignored-field',
      severity: 'info',
      path: d.path,
      message: `Messenger does not use "${d.key}"; it is kept in the request for other channels.`,
    });
  const original = canon.toOriginal;
  const diagnostics = [...c.list.map((d) => (d.related ? { ...d, path: original(d.path), related: d.related.map(original) } : { ...d, path: original(d.path) })), ...own];
  for (const m of messages) {
    m.path = original(m.path);
    for (const it of m.items) {
      it.path = original(it.path);
      if (it.contentPath !== null) it.contentPath = original(it.contentPath);
      for (const f of it.fields) f.path = original(f.path);
      for (const f of it.media) f.path = original(f.path);
      for (const f of it.suggestions) f.path = original(f.path);
      it.elementPaths = it.elementPaths.map(original);
    }
  }
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics, messages };
}

function checkMessage(m: unknown, path: string, c: Collector): MessageReport {
  if (!isObject(m)) {
    return {
      path,
      pageId: '',
      recipient: '',
      items: [
        {
          outcome: 'not_supported',
          suggestionsAs: 'none',
          sends: [],
          path,
          inputs: null,
          matrixRow: null,
          decidedBy: 'empty',
          reason: 'The message is not an object, so nothing is sent.',
          buttons: 0,
          quickReplies: 0,
          cards: 0,
          products: 0,
          contentPath: null,
          fields: [],
          media: [],
          suggestions: [],
          elementPaths: [],
          elementButtons: [],
        },
      ],
    };
  }
  const to = Array.isArray(m.to) ? m.to : [];
  const first = isObject(to[0]) && typeof to[0].number === 'string' ? to[0].number : '';
  const pageId = typeof m.from === 'string' ? m.from : '';
  const env = { recipient: first };

  const channels = m.allowedChannels;
  if (!Array.isArray(channels))
    c.add(
      'channel/messenger-not-allowed',
      path,
      'allowedChannels is missing: add ["Facebook Messenger"] so the message is routed to Messenger.',
      'allowedChannels',
    );
  else if (!channels.some(isMessengerChannel))
    c.add(
      'channel/messenger-not-allowed',
      join(path, 'allowedChannels'),
      'allowedChannels does not include "Facebook Messenger": the message will not go through Messenger.',
    );

  const rich = isObject(m.richContent) ? m.richContent : undefined;
  // Present as section 2 defines it: an array with at least one entry (an empty one says nothing).
  // They are not resolved, checked by the suggestion rules, or sent (RULES.md 4).
  if (rich && Array.isArray(rich.suggestions) && rich.suggestions.length > 0) {
    const n = rich.suggestions.length;
    c.add(
      'suggestions/message-level',
      join(path, 'richContent', 'suggestions'),
      `${n === 1 ? 'This suggestion stands' : `These ${n} suggestions stand`} at richContent level, where Messenger does not read them: ${n === 1 ? 'it is' : 'they are'} not sent. Move ${n === 1 ? 'it' : 'them'} into the suggestions of the conversation item ${n === 1 ? 'it belongs' : 'they belong'} to.`,
    );
  }
  const conversation = rich && Array.isArray(rich.conversation) ? rich.conversation : [];
  const items: ItemReport[] = [];
  if (conversation.length === 0) {
    items.push(plainItem(m, path, env, c));
  } else {
    const convPath = join(path, 'richContent', 'conversation');
    const resolved = conversation.map((item, j) => resolveItem(item, join(convPath, j), env, c));
    for (const r of resolved) items.push(r.report);
    checkMarketing(resolved, c);
    checkOptinDuplicates(resolved, c);
    // A marketing message goes to notification tokens, not PSIDs.
    if (resolved.some((r) => r.notification))
      to.forEach((r, k) => {
        if (isObject(r) && typeof r.number === 'string' && /^\d+$/.test(r.number))
          c.add(
            'recipient/looks-like-psid',
            join(path, 'to', k, 'number'),
            `"${r.number}" looks like a PSID: a NOTIFICATION_MESSAGE goes to the notification token the user's opt-in gave you.`,
          );
      });
  }
  return { path, pageId, recipient: first, items };
}

/**
 * The marketing-message rules of one msg entry (RULES.md 4): with an item tagged
 * NOTIFICATION_MESSAGE the recipient is a notification token, which only marketing
 * messages reach (tag/mixed-with-notification), and CM delivers one of them per token
 * per day (notification/one-per-day, counted in Send API messages, in item order).
 */
function checkMarketing(resolved: ResolvedItem[], c: Collector): void {
  if (!resolved.some((r) => r.notification)) return;
  let sent = 0;
  for (const r of resolved) {
    if (r.notification) {
      const n = r.report.sends.length;
      if (n > 0 && sent + n > LIMITS.notificationSendsMax) {
        r.report.notDelivered =
          sent === 0 ? 'Only its first message is delivered: one marketing message per token per day.' : 'Not delivered: one marketing message per token per day.';
        c.add(
          'notification/one-per-day',
          r.tagPath ?? r.report.path,
          sent === 0
            ? `${subject(r.report.path, 'This marketing message')} is a marketing message that makes ${n} Send API messages, and CM delivers one marketing message per token per calendar day (Meta: one per 48 hours): the later ones are not delivered. Make it one message (text and media are two).`
            : `${sent === 1 ? 'A marketing message goes' : `${sent} marketing messages go`} to the token before this one in this msg entry, and CM delivers one per token per calendar day (Meta: one per 48 hours): ${elementName(r.report.path) || 'this one'} is not delivered. Send one NOTIFICATION_MESSAGE item per day: remove it, or send it tomorrow in a request of its own.`,
        );
      }
      sent += n;
    } else if (r.isItem) {
      // A value that is no object is no conversation item (schema/type says so); it has no tag to set.
      c.add(
        'tag/mixed-with-notification',
        r.tagPath ?? r.report.path,
        'This msg entry sends a marketing message (NOTIFICATION_MESSAGE), so its recipient is a notification token, which only marketing messages can reach: tag this item NOTIFICATION_MESSAGE too, or move it to a msg entry of its own addressed to the PSID.',
      );
    }
  }
}

/** optin/duplicate: Meta allows one opt-in request per topic (its title) per week (RULES.md 4). */
function checkOptinDuplicates(resolved: ResolvedItem[], c: Collector): void {
  const seen = new Set<string>();
  for (const r of resolved) {
    if (r.report.outcome !== 'optin_request' || !r.optin || r.optin.title === undefined) continue;
    const title = r.optin.title;
    if (seen.has(title))
      c.add(
        'optin/duplicate',
        r.optin.labelPath,
        `An earlier opt-in request in this msg entry has the same title "${clip(title)}", and Meta allows one opt-in request per topic per week: remove this one, or give it another topic.`,
      );
    seen.add(title);
  }
}

/** A message without rich content is one text item: body.content (RULES.md 1). */
function plainItem(m: Record<string, unknown>, path: string, env: { recipient: string }, c: Collector): ItemReport {
  const body = isObject(m.body) ? m.body : undefined;
  const content = body && typeof body.content === 'string' ? body.content : '';
  const contentPath = join(path, 'body', 'content');
  const fieldsFrom = c.fields.length;
  if (body && typeof body.content === 'string')
    c.measure(contentPath, content, 'textMax', 'text/too-long', tooLong(contentPath, 'body text', 'a Messenger text message'));
  const base = {
    path,
    decidedBy: 'matrix' as const,
    buttons: 0,
    quickReplies: 0,
    cards: 0,
    products: 0,
    contentPath: path,
    fields: c.fields.slice(fieldsFrom),
    media: [],
    suggestions: [],
    elementPaths: [],
    elementButtons: [],
  };
  if (content === '') {
    c.add(
      'text/empty',
      body ? (body.content === undefined ? join(path, 'body') : contentPath) : path,
      'Nothing to send: the message has no rich content and body.content is empty.',
      body ? (body.content === undefined ? 'content' : undefined) : 'body/content',
    );
    return {
      ...base,
      decidedBy: 'empty',
      outcome: 'not_supported',
      suggestionsAs: 'none',
      sends: [],
      inputs: { text: false, media: false, suggestions: false, header: false },
      matrixRow: 0,
      reason: 'No rich content and an empty body.content: nothing to send.',
    };
  }
  return {
    ...base,
    outcome: 'text',
    suggestionsAs: 'none',
    sends: [{ recipient: { id: env.recipient }, messaging_type: 'RESPONSE', message: { text: content } }],
    inputs: { text: true, media: false, suggestions: false, header: false },
    matrixRow: 8,
    reason: 'No rich content: body.content is sent as a text message.',
  };
}
