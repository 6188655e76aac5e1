import { createContext, useContext } from "react";

/**
 * The pool the staff pages work on: undefined for the organization's own pool, or the address
 * of another organization whose pool is shared with it (`/:slug/staff/pool/shared/:host/…`).
 */
export const PoolChoice = createContext<string | undefined>(undefined);

export const usePoolChoice = () => useContext(PoolChoice);
