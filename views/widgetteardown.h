// The last step of the destructor of a widget that connects its children's signals to itself:
// QWidget's destructor, which runs afterwards, hides and deletes those children, and what they
// signal then must not reach an object that is no longer of the derived class.
#pragma once

class QObject;

namespace cw {

// Disconnects every signal of `receiver`'s descendants from `receiver` (slots and functors
// with it as their context). Call it at the end of the derived class's destructor: a dock's
// visibilityChanged, a QUndoStack's actions changing as it is cleared, and the like would
// otherwise call into a half-destroyed object (undefined behaviour that UBSan reports).
void disconnectFromChildren(QObject *receiver);

} // namespace cw
