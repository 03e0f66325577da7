import { useState, type FormEvent } from 'react';

/**
 * A form that creates something with a required name (a meeting, a programme):
 * the name, the request in flight and the error code it came back with. An
 * empty name is refused before any request, with `required` under the field.
 */
export function useNamedCreate() {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Sends `request` with the trimmed name; it answers with an error code, or null when it succeeded. */
  const submit = async (e: FormEvent, request: (name: string) => Promise<string | null>) => {
    e.preventDefault();
    const trimmed = name.trim();
    setNameError(!trimmed);
    if (!trimmed) return;
    setBusy(true);
    setError(null);
    const code = await request(trimmed);
    setBusy(false);
    setError(code);
  };
  /** The name's `TextField` props, with `required` as its error while the name is missing. */
  const nameField = (required: string) => ({
    value: name,
    onChange: setName,
    maxLength: 80,
    error: nameError ? required : null,
  });
  return { busy, error, submit, nameField };
}
