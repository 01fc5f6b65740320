/**
 * The one IPC channel every operation travels on, shared by the preload (which invokes it with the operation's
 * name and input) and main (which checks the sender, the name and the payload before dispatching).
 */
export const OPERATION_CHANNEL = 'hoshin:operation';
