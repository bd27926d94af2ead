// Where a model, or one node of a tree, stands in loading its data; views show "Loading…" (through
// the presentation proxy, after a delay) or the error text from it, models never invent rows.
#pragma once

#include <QMetaType>
#include <QString>

namespace cw {

// A whole model's state (fetchState() of the list and tree models).
enum class FetchState {
    Idle,    // nothing asked for yet
    Loading, // a request is out (rows may already be there from earlier pages)
    Loaded,  // the last request completed
    Error,   // the last request failed; see the model's errorText()
};

// One node's state (FetchStateRole), with the case a whole model does not have: the node's data
// is not in the offline cache and the server cannot be reached. A type of its own so the views'
// switches over FetchState stay complete.
enum class NodeFetchState {
    NotFetched,
    Loading,
    Done,
    UnavailableOffline,
    Error, // ErrorTextRole says why
};

struct FetchStatus
{
    NodeFetchState state = NodeFetchState::NotFetched;
    QString errorText;

    bool operator==(const FetchStatus &other) const = default;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::FetchState)
