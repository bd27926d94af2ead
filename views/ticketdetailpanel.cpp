#include "ticketdetailpanel.h"

#include "models/store/cache.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QString referenceName(const QJsonObject &record, const QString &field)
{
    const QJsonObject reference = record.value(field).toObject();
    const QString name = reference.value(u"name"_s).toString();
    return name.isEmpty() ? reference.value(u"identifier"_s).toString() : name;
}

} // namespace

TicketDetailPanel::TicketDetailPanel(Cache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_form(new QFormLayout)
    , m_layout(new QVBoxLayout(this))
    , m_tabs(new QTabWidget)
    , m_title(new QLabel)
{
    setObjectName(u"ticketDetail"_s);
    setAccessibleName(tr("Ticket details"));
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(u"status"_s, tr("Status:"));
    addField(u"company"_s, tr("Company:"));
    addField(u"contact"_s, tr("Contact:"));
    addField(u"priority"_s, tr("Priority:"));
    addField(u"owner"_s, tr("Owner:"));
    addField(u"team"_s, tr("Team:"));
    addField(u"board"_s, tr("Board:"));
    addField(u"sla"_s, tr("SLA:"));
    addField(u"notes"_s, tr("Notes:"));
    m_tabs->setObjectName(u"ticketPanes"_s);
    m_tabs->setAccessibleName(tr("Notes, tasks and configurations"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Ticket panes"));
    m_tabs->hide();
    m_layout->addWidget(m_title);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_tabs, 1);
    m_layout->addStretch(1);
    if (m_cache)
        connect(m_cache, &Cache::recordsChanged, this,
                [this](RecordKind kind, const QList<int> &ids) { recordsChanged(kind, ids); });
    refresh();
}

QLabel *TicketDetailPanel::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(key);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    m_values.append(value);
    return value;
}

void TicketDetailPanel::addPane(QWidget *pane, const QString &title)
{
    m_tabs->addTab(pane, title);
    if (m_tabs->isHidden()) {
        // The panes take the room the fields leave.
        m_tabs->show();
        m_layout->setStretch(m_layout->count() - 1, 0);
    }
}

void TicketDetailPanel::setTicket(int ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    refresh();
}

QString TicketDetailPanel::fieldText(const QString &field) const
{
    if (field == u"summary"_s)
        return m_title->text();
    for (const QLabel *value : m_values) {
        if (value->objectName() == field)
            return value->text();
    }
    return {};
}

void TicketDetailPanel::recordsChanged(RecordKind kind, const QList<int> &ids)
{
    if (kind == RecordKind::Ticket && ids.contains(m_ticketId))
        refresh();
}

void TicketDetailPanel::refresh()
{
    const QByteArray raw =
        m_cache && m_ticketId > 0 ? m_cache->rawRecord(RecordKind::Ticket, m_ticketId) : QByteArray();
    const QJsonObject record = QJsonDocument::fromJson(raw).object();
    if (record.isEmpty()) {
        m_title->setText(m_ticketId > 0 ? tr("Ticket #%1 is not in the offline cache.").arg(m_ticketId)
                                        : tr("No ticket selected."));
        for (QLabel *value : m_values) {
            value->clear();
            m_form->setRowVisible(value, false);
        }
        return;
    }
    m_title->setText(tr("#%1 %2")
                         .arg(record.value(u"id"_s).toInt())
                         .arg(record.value(u"summary"_s).toString()));
    const QJsonObject owner = record.value(u"owner"_s).toObject();
    for (QLabel *value : m_values) {
        const QString key = value->objectName();
        QString text;
        if (key == u"owner"_s)
            text = owner.isEmpty() ? tr("Unassigned") : referenceName(record, key);
        else if (key == u"sla"_s)
            text = record.value(u"slaStatus"_s).toString();
        else if (key == u"notes"_s) {
            const QJsonValue notes = record.value(u"_info"_s).toObject().value(u"notes_count"_s);
            text = notes.isUndefined() ? QString() : QLocale().toString(notes.toInt());
        } else
            text = referenceName(record, key);
        value->setText(text);
        // A field the record lacks (no notes count in a list answer) shows no empty row.
        m_form->setRowVisible(value, !text.isEmpty());
    }
}

} // namespace cw
