import { Megaphone } from 'lucide-react';
import { messagesFor } from '../../../../shared/day/roomMessage';
import { useMeetingStore } from '../../meetingStore';

/**
 * The facilitator's message to everyone (M1), in the projector's bar in place
 * of the meeting's name: one line at the clock's size, so the stage below
 * keeps its height and every scene still fits (W6). A cluster's own messages
 * stay in its room. Read out when it comes (W4).
 */
export function ProjectorMessage() {
  const message = useMeetingStore((s) => messagesFor(s.state, undefined)[0]);
  return (
    <p className="projector__message" aria-live="polite">
      {message && (
        <>
          <Megaphone className="projector__message-icon" aria-hidden="true" />
          <bdi>{message.text}</bdi>
        </>
      )}
    </p>
  );
}
