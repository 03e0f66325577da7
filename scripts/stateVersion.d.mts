export function stateVersionOf(dir: string): string;
