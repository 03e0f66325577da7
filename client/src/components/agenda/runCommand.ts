import { useCallback, useState } from 'react';
import type { Command } from '../../../../shared/protocol';
import type { SendResult } from '../../connection';

/** Sends a command; resolves true when the server accepted it. */
export type RunCommand = (command: Command) => Promise<boolean>;

/** A RunCommand that keeps the last refusal's code, for the console to show in one place. */
export function useRunCommand(send: (command: Command) => Promise<SendResult>): [RunCommand, string | null] {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback<RunCommand>(
    async (command) => {
      setError(null);
      const ack = await send(command);
      if (!ack.ok) setError(ack.error.code);
      return ack.ok;
    },
    [send],
  );
  return [run, error];
}
