#include "knowledgebasearticle.h"

#include "recordschema.h"

namespace cw {

namespace {

struct KnowledgeBaseArticleData : RecordData
{
    QString title;
    QString issue;
    QString resolution;
    Reference board;
    int categoryId = 0;
    int subCategoryId = 0;
    QString createdBy;
    qint64 dateCreatedMs = 0;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("title", &KnowledgeBaseArticleData::title),
        S::field("issue", &KnowledgeBaseArticleData::issue),
        S::field("resolution", &KnowledgeBaseArticleData::resolution),
        S::field("board", &KnowledgeBaseArticleData::board),
        S::field("categoryId", &KnowledgeBaseArticleData::categoryId),
        S::field("subCategoryId", &KnowledgeBaseArticleData::subCategoryId),
        S::field("createdBy", &KnowledgeBaseArticleData::createdBy),
        S::dateField("dateCreated", &KnowledgeBaseArticleData::dateCreatedMs),
    };
    return schema;
}

} // namespace

KnowledgeBaseArticle KnowledgeBaseArticle::fromJson(const QByteArray &raw, QString *error)
{
    return KnowledgeBaseArticle(parse<KnowledgeBaseArticleData>(raw, schema(), error));
}

KnowledgeBaseArticle KnowledgeBaseArticle::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &KnowledgeBaseArticle::title() const
{
    return dataAs<KnowledgeBaseArticleData>().title;
}

const QString &KnowledgeBaseArticle::issue() const
{
    return dataAs<KnowledgeBaseArticleData>().issue;
}

const QString &KnowledgeBaseArticle::resolution() const
{
    return dataAs<KnowledgeBaseArticleData>().resolution;
}

const Reference &KnowledgeBaseArticle::board() const
{
    return dataAs<KnowledgeBaseArticleData>().board;
}

int KnowledgeBaseArticle::categoryId() const
{
    return dataAs<KnowledgeBaseArticleData>().categoryId;
}

int KnowledgeBaseArticle::subCategoryId() const
{
    return dataAs<KnowledgeBaseArticleData>().subCategoryId;
}

const QString &KnowledgeBaseArticle::createdBy() const
{
    return dataAs<KnowledgeBaseArticleData>().createdBy;
}

qint64 KnowledgeBaseArticle::dateCreatedMs() const
{
    return dataAs<KnowledgeBaseArticleData>().dateCreatedMs;
}

} // namespace cw
