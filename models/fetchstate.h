// Where a model stands in loading its data from the server; views show "Loading…" or the
// error text from it, the model itself never invents placeholder rows.
#pragma once

namespace cw {

enum class FetchState {
    Idle,    // nothing asked for yet
    Loading, // a request is out (rows may already be there from earlier pages)
    Loaded,  // the last request completed
    Error,   // the last request failed; see the model's errorText()
};

} // namespace cw
