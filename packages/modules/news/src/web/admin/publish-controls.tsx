import type { Translate } from '@city-app/core';
import { Button, Checkbox } from '@city-app/ui';
import type { EditorArticle } from '../../article.js';

export interface PublishControlsProps {
  article: Pick<EditorArticle, 'status' | 'publishAt'>;
  /** The server sends push notifications (`notifications` in `/api/town`). */
  notificationsAvailable: boolean;
  notify: boolean;
  now?: Date;
  t: Translate;
  onNotifyChange(notify: boolean): void;
  onPublish(): void;
  onUnpublish(): void;
}

/**
 * Publish or unpublish; before publishing, the choice to notify subscribers — offered only
 * where the server sends notifications and the article goes public now (not scheduled).
 */
export function PublishControls({
  article,
  notificationsAvailable,
  notify,
  now = new Date(),
  t,
  onNotifyChange,
  onPublish,
  onUnpublish,
}: PublishControlsProps) {
  if (article.status !== 'draft') {
    return (
      <div className="news-editor__publish">
        <Button variant="secondary" onClick={onUnpublish}>
          {t('news.admin.unpublish')}
        </Button>
      </div>
    );
  }
  const scheduled = article.publishAt !== null && new Date(article.publishAt) > now;
  return (
    <div className="news-editor__publish">
      {notificationsAvailable && !scheduled ? (
        <Checkbox
          id="news-notify"
          name="notify"
          label={t('news.admin.notify')}
          description={t('news.admin.notifyHint')}
          checked={notify}
          onChange={(event) => onNotifyChange(event.currentTarget.checked)}
        />
      ) : null}
      <Button variant="secondary" onClick={onPublish}>
        {t('news.admin.publish')}
      </Button>
    </div>
  );
}
