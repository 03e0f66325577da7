/** Where the server is: the page's own origin in the app, a test server's address in tests. */
import { createContext, useContext } from 'react';

export const ServerUrl = createContext<string | undefined>(undefined);

export const useServerUrl = () => useContext(ServerUrl);
