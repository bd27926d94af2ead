// A knowledge base article (/service/knowledgeBaseArticles; schema `KnowledgeBaseArticle`):
// the issue it describes and its resolution, for the KB search.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class KnowledgeBaseArticle : public Record
{
public:
    KnowledgeBaseArticle() = default;

    // A null KnowledgeBaseArticle (and *error set) when `raw` is not a well-formed JSON
    // object; missing, null or wrongly typed fields read as 0, false or empty.
    static KnowledgeBaseArticle fromJson(const QByteArray &raw, QString *error = nullptr);
    static KnowledgeBaseArticle fromJson(const QJsonObject &object);

    const QString &title() const;
    const QString &issue() const;
    const QString &resolution() const;
    const Reference &board() const;
    int categoryId() const;
    int subCategoryId() const;
    const QString &createdBy() const;
    // dateCreated: ms since the epoch (UTC), 0 when absent
    qint64 dateCreatedMs() const;

private:
    using Record::Record;
};

} // namespace cw
