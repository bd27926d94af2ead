#include "fieldselection.h"

#include "fieldpath.h"
#include "lexer.h"
#include "parser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::query {

namespace {

// One level of the selection tree: `board/id,board/name` is board → {id, name}.
struct SelectionNode
{
    QString name;
    FieldPath key; // one segment, for the case-insensitive, cached key lookup
    bool whole = false;
    std::vector<SelectionNode> children;

    void add(const QStringList &path, qsizetype index)
    {
        if (whole)
            return;
        if (index == path.size()) {
            whole = true; // `board` after (or before) `board/id`: the whole reference
            children.clear();
            return;
        }
        const QString &segment = path.at(index);
        for (SelectionNode &child : children) {
            if (child.name.compare(segment, Qt::CaseInsensitive) == 0) {
                child.add(path, index + 1);
                return;
            }
        }
        SelectionNode child;
        child.name = segment;
        child.key = FieldPath(QStringList{segment});
        child.add(path, index + 1);
        children.push_back(std::move(child));
    }
};

QJsonObject project(const std::vector<SelectionNode> &nodes, const QJsonObject &object)
{
    QJsonObject out;
    for (const SelectionNode &node : nodes) {
        const auto it = node.key.find(object, 0);
        if (it == object.constEnd())
            continue;
        const QJsonValue value = it.value();
        if (node.whole) {
            out.insert(it.key(), value);
        } else if (value.isObject()) {
            const QJsonObject part = project(node.children, value.toObject());
            if (!part.isEmpty())
                out.insert(it.key(), part);
        } else if (value.isArray()) {
            QJsonArray parts;
            const QJsonArray array = value.toArray();
            for (const QJsonValue &element : array) {
                if (element.isObject())
                    parts.append(project(node.children, element.toObject()));
            }
            if (!parts.isEmpty())
                out.insert(it.key(), parts);
        }
    }
    return out;
}

} // namespace

class FieldSelectionData
{
public:
    SelectionNode root;
    QList<QStringList> paths;
};

FieldSelection::FieldSelection() = default;
FieldSelection::~FieldSelection() = default;
FieldSelection::FieldSelection(const FieldSelection &) = default;
FieldSelection &FieldSelection::operator=(const FieldSelection &) = default;

FieldSelection FieldSelection::parse(const QString &text, Error *error)
{
    auto data = std::make_shared<FieldSelectionData>();
    const Error e = Parser::parsePathList(
        text, QueryPart::Fields,
        [&](const QStringList &path, const Token &, Lexer &, Token *, Error *) {
            const QString joined = path.join(u'/');
            const bool seen =
                std::any_of(data->paths.cbegin(), data->paths.cend(), [&](const QStringList &p) {
                    return p.join(u'/').compare(joined, Qt::CaseInsensitive) == 0;
                });
            if (!seen) {
                data->paths.append(path);
                data->root.add(path, 0);
            }
            return true;
        });
    if (error)
        *error = e;
    FieldSelection result;
    if (!e.isError())
        result.d = std::move(data);
    return result;
}

bool FieldSelection::isEmpty() const
{
    return !d || d->paths.isEmpty();
}

QList<QStringList> FieldSelection::paths() const
{
    return d ? d->paths : QList<QStringList>();
}

QJsonObject FieldSelection::apply(const QJsonObject &record) const
{
    if (isEmpty())
        return record;
    return project(d->root.children, record);
}

} // namespace cw::query
