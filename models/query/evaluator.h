// Evaluates a compiled conditions tree against one JSON record, with ConnectWise's (SQL Server's)
// semantics: case-insensitive text, null compares false, arrays existential. Internal to cwquery.
#pragma once

class QJsonObject;

namespace cw::query {

struct SyntaxNode;

class Evaluator
{
public:
    // `skip` leading path segments are already resolved (childConditions on an array element).
    static bool matches(const SyntaxNode &node, const QJsonObject &object, int skip = 0);
};

} // namespace cw::query
