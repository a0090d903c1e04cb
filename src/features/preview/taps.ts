/** What the end user tapped in the preview; the webhook panel shows what that sends back. */
export type Tap =
  | { kind: 'postback'; title: string; payload: string }
  | { kind: 'quick_reply'; title: string; payload: string }
  | { kind: 'optin'; title: string; payload: string }
  | { kind: 'phone'; title: string; number: string }
  | { kind: 'account'; link: boolean; url: string }
  | { kind: 'blocked_url'; title: string; url: string };

export type OnTap = (tap: Tap) => void;
