#include "note.h"

#include "recordschema.h"

namespace cw {

namespace {

struct NoteData : RecordData
{
    int ticketId = 0;
    QString text;
    bool detailDescriptionFlag = false;
    bool internalAnalysisFlag = false;
    bool resolutionFlag = false;
    bool issueFlag = false;
    Reference member;
    Reference contact;
    bool customerUpdatedFlag = false;
    QString createdBy;
    qint64 dateCreatedMs = 0;
    bool internalFlag = false;
    bool externalFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("ticketId", &NoteData::ticketId),
        S::field("text", &NoteData::text),
        S::field("detailDescriptionFlag", &NoteData::detailDescriptionFlag),
        S::field("internalAnalysisFlag", &NoteData::internalAnalysisFlag),
        S::field("resolutionFlag", &NoteData::resolutionFlag),
        S::field("issueFlag", &NoteData::issueFlag),
        S::field("member", &NoteData::member),
        S::field("contact", &NoteData::contact),
        S::field("customerUpdatedFlag", &NoteData::customerUpdatedFlag),
        S::field("createdBy", &NoteData::createdBy),
        S::dateField("dateCreated", &NoteData::dateCreatedMs),
        S::field("internalFlag", &NoteData::internalFlag),
        S::field("externalFlag", &NoteData::externalFlag),
    };
    return schema;
}

} // namespace

Note Note::fromJson(const QByteArray &raw, QString *error)
{
    return Note(parse<NoteData>(raw, schema(), error));
}

Note Note::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

int Note::ticketId() const
{
    return dataAs<NoteData>().ticketId;
}

const QString &Note::text() const
{
    return dataAs<NoteData>().text;
}

bool Note::detailDescriptionFlag() const
{
    return dataAs<NoteData>().detailDescriptionFlag;
}

bool Note::internalAnalysisFlag() const
{
    return dataAs<NoteData>().internalAnalysisFlag;
}

bool Note::resolutionFlag() const
{
    return dataAs<NoteData>().resolutionFlag;
}

bool Note::issueFlag() const
{
    return dataAs<NoteData>().issueFlag;
}

const Reference &Note::member() const
{
    return dataAs<NoteData>().member;
}

const Reference &Note::contact() const
{
    return dataAs<NoteData>().contact;
}

bool Note::customerUpdatedFlag() const
{
    return dataAs<NoteData>().customerUpdatedFlag;
}

const QString &Note::createdBy() const
{
    return dataAs<NoteData>().createdBy;
}

qint64 Note::dateCreatedMs() const
{
    return dataAs<NoteData>().dateCreatedMs;
}

bool Note::internalFlag() const
{
    return dataAs<NoteData>().internalFlag;
}

bool Note::externalFlag() const
{
    return dataAs<NoteData>().externalFlag;
}

} // namespace cw
