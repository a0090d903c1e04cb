import { Avatar } from './Avatar';

/** The top bar of the Messenger conversation: the Page's avatar and name. */
export function ChatHeader({ pageId }: { pageId: string }) {
  return (
    <div className="pv-chat-header">
      <Avatar name={pageId} size="large" />
      <div className="pv-chat-header__text">
        <p className="pv-chat-header__name">{pageId || 'Your Page'}</p>
        <p className="pv-chat-header__sub">Messenger · Page</p>
      </div>
    </div>
  );
}
