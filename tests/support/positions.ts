/** How a response that asks the user to get into a new position ends: "When you're lying on your back, say next." */
export const MOVING = /When you're [a-z ,]+, say next\.$/;
