// The kinds of value a field or a literal in a ConnectWise query can hold.
// Field-type resolvers report these so a query can be checked before it is sent or evaluated.
#pragma once

namespace cw::query {

enum class ValueType { Null, Boolean, Number, String, DateTime, Object, Array };

} // namespace cw::query
