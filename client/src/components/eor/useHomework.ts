import { useCallback, useEffect, useState } from 'react';
import type { Answer, HomeworkResponse } from '../../../../shared/year/homework';
import type { EorClient } from '../../eorClient';

/** The programme's homework as this link sees it: loaded, reloaded, and an answer saved replacing the old one. */
export function useHomework(client: EorClient) {
  const [homework, setHomework] = useState<HomeworkResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(
    () =>
      client.homework().then((res) => {
        setFailed(!res.ok);
        if (res.ok) setHomework(res.data);
      }),
    [client],
  );
  useEffect(() => void reload(), [reload]);
  const replace = (answer: Answer) =>
    setHomework(
      (h) =>
        h && {
          ...h,
          answers: [
            ...h.answers.filter(
              (a) => !(a.assignmentId === answer.assignmentId && a.municipalityId === answer.municipalityId),
            ),
            answer,
          ],
        },
    );
  return { homework, failed, reload, replace };
}
