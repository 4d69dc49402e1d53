/**
 * The Test tab: Send Test as a random or a chosen user. Braze (the stand-in's server) renders the
 * body for that user and POSTs it to the Webhook URL; the answer's status shows in each variant's
 * own words, with the response body.
 */
import { useEffect, useId, useState } from 'react';
import type { ComposerState, TestSendAnswer, TestUserSummary } from '../model';
import { sendTest, testUsers } from './api';
import { VARIANT, cx } from './variant';

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };
const USER_LABEL = { a: 'Test as', b: 'Preview as user', c: 'Send as' } as const;

function outcomeWords(answer: TestSendAnswer): string {
  if (answer.status === 0) return `Could not send the test webhook: ${answer.error ?? 'no answer'}`;
  const reason = REASONS[answer.status] ?? '';
  if (VARIANT === 'a') return `Webhook test sent to ${answer.userId}: ${answer.status} ${reason}`.trim();
  if (VARIANT === 'b') return `Response: HTTP ${answer.status} ${reason} (user ${answer.userId})`;
  return `Test webhook for ${answer.userId} returned status code ${answer.status}`;
}

export function TestTab(props: { value: ComposerState }) {
  const id = useId();
  const [users, setUsers] = useState<TestUserSummary[]>([]);
  const [userId, setUserId] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<TestSendAnswer | null>(null);
  useEffect(() => void testUsers().then(setUsers), []);

  async function send() {
    setBusy(true);
    setAnswer(null);
    try {
      setAnswer(await sendTest({ composer: props.value, userId: userId || null }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={cx('test')}>
      <div className={cx('field')}>
        <label htmlFor={id}>{USER_LABEL[VARIANT]}</label>
        <select id={id} value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Random user</option>
          {users.map((u) => (
            <option key={u.userId} value={u.userId}>
              {u.userId} ({u.name})
            </option>
          ))}
        </select>
      </div>
      <button type="button" className={cx('primary')} disabled={busy} onClick={() => void send()}>
        Send Test
      </button>
      <div role="status" className={cx('test-status')}>
        {busy ? 'Sending…' : answer ? outcomeWords(answer) : ''}
      </div>
      {answer && answer.status !== 0 && (
        <div className={cx('test-response')}>
          <div className={cx('preview-title')}>Response body</div>
          <pre className={cx('preview')}>{answer.responseBody}</pre>
        </div>
      )}
    </div>
  );
}
