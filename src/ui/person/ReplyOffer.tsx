// The conversation open on the tab shows a reply to a message that waits for one: the popup and
// the side panel offer the same one-click "Mark as replied" as the page, with an undo. What is
// read is who wrote last, never the words.
import { useEffect, useState } from 'preact/hooks';
import { errorText, type PageThread } from '../../model';
import { send } from '../../platform/send';
import { t } from '../i18n';

type Offer =
  | { step: 'none' }
  | { step: 'offered' | 'marked' | 'unmarked'; name: string; outreachId: string }
  | { step: 'failed'; text: string };

interface Props {
  thread: PageThread | null | undefined;
  /** The reply was marked or unmarked: the person's advice changes. */
  onChange: () => void;
  /**
   * Whether a reply waits to be marked. Until it is, the stored status still says "waiting", so
   * the composer would offer a follow-up to someone who just answered: the popup holds it back.
   */
  onPending?: (pending: boolean) => void;
}

export function ReplyOffer({ thread, onChange, onPending }: Props) {
  const [offer, setOffer] = useState<Offer>({ step: 'none' });
  const [writing, setWriting] = useState(false);
  const key = thread ? JSON.stringify(thread) : '';
  useEffect(() => onPending?.(offer.step === 'offered' && !writing), [offer.step, writing]);
  useEffect(() => {
    setOffer({ step: 'none' });
    setWriting(false);
    if (!thread || thread.lastFrom !== 'them') return;
    let live = true;
    void send('thread.reply', { thread }).then(
      (found) => live && found && setOffer({ step: 'offered', ...found }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [key]);
  if (offer.step === 'none') return null;
  if (offer.step === 'failed')
    return (
      <p class="error" role="alert">
        {offer.text}
      </p>
    );
  const act = async (next: 'marked' | 'unmarked') => {
    try {
      if (next === 'marked') await send('outreach.setStatus', { id: offer.outreachId, status: 'replied' });
      else await send('outreach.revertStatus', { id: offer.outreachId });
      setOffer({ ...offer, step: next });
      onChange();
    } catch (error) {
      setOffer({ step: 'failed', text: errorText(error) });
    }
  };
  return (
    <div class="card stack reply-offer" role="status">
      <p>
        {offer.step === 'offered' && t('noticeReplied', offer.name)}
        {offer.step === 'marked' && t('noticeReplyMarked', offer.name)}
        {offer.step === 'unmarked' && t('noticeReplyUnmarked', offer.name)}
      </p>
      {offer.step === 'offered' && (
        <>
          <p class="muted">{t('replyOfferNext')}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void act('marked')}>
              {t('noticeMarkReplied')}
            </button>
            {!writing && (
              <button type="button" onClick={() => setWriting(true)}>
                {t('replyOfferWriteAnyway')}
              </button>
            )}
          </div>
        </>
      )}
      {offer.step === 'marked' && (
        <button type="button" onClick={() => void act('unmarked')}>
          {t('undo')}
        </button>
      )}
    </div>
  );
}
