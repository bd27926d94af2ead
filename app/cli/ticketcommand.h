// `ticket show|create|update|delete`: one ticket read, created, changed (a PATCH of only what the
// FIELD=VALUE arguments changed, references resolved to ids) or deleted.
#pragma once

#include "command.h"
#include "fieldassignment.h"
#include "outputformatter.h"
#include "referenceresolver.h"

#include <QJsonObject>

namespace cw {

class TicketCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { Show, Create, Update, Delete };

    TicketCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    // A ticket shown whole: the key fields, then each custom field that has a value.
    static QList<OutputFormatter::Column> detailColumns(const QByteArray &raw);
    // The columns of `tickets`.
    static QList<OutputFormatter::Column> listColumns();

    // How a reference field of a ticket is searched for; false when `field` is not one.
    // `key` is what followed the dot ("name", "identifier"; empty for `status=…`).
    // *canonical is the field as ConnectWise spells it ("subType" for "subtype").
    static bool referenceTarget(const QString &field, const QString &key, const QJsonObject &ticket,
                                ReferenceResolver::Target *target, QString *canonical,
                                CliError *error);
    // The reference fields FIELD=VALUE resolves, as ConnectWise spells them.
    static QStringList referenceFields();

private:
    void load();
    void resolveCreateReferences();
    void applyNext();
    bool applyCustomField(const FieldAssignment &assignment, CliError *error);
    void applyPlain(const FieldAssignment &assignment);
    void send();
    void confirmAndDelete();
    void show(const QByteArray &raw);

    Verb m_verb;
    int m_id = 0;
    bool m_yes = false;
    QString m_board;
    QString m_company;
    QString m_summaryText;
    QList<FieldAssignment> m_assignments;
    qsizetype m_next = 0;
    QJsonObject m_loaded;
    QJsonObject m_edited;
    ReferenceResolver *m_resolver;
};

} // namespace cw
