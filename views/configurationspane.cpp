#include "configurationspane.h"

#include "panesupport.h"

#include "models/api/apipaths.h"
#include "models/api/listjob.h"
#include "models/api/listquery.h"
#include "models/api/manageclient.h"
#include "models/desk/desk.h"
#include "models/desk/deskchange.h"
#include "models/itemroles.h"
#include "models/kbsearchmodel.h"
#include "models/store/cache.h"
#include "models/ticketitemmodels.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

ConfigurationsPane::ConfigurationsPane(Desk *desk, int ticketId, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new TicketConfigurationModel(desk, this))
    , m_view(new QListView)
    , m_search(new QLineEdit)
    , m_completer(new QCompleter(this))
    , m_candidates(new QStandardItemModel(this))
    , m_attach(new QPushButton(tr("A&ttach")))
    , m_detach(new QPushButton(tr("&Detach")))
    , m_status(new QLabel)
    , m_typing(new QTimer(this))
{
    setObjectName(u"configurationsPane"_s);
    setAccessibleName(tr("Configurations"));
    m_view->setObjectName(u"configurationView"_s);
    m_view->setAccessibleName(tr("Linked configurations"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_search->setObjectName(u"configurationSearch"_s);
    m_search->setAccessibleName(tr("Find a configuration to attach"));
    m_search->setPlaceholderText(tr("Find a configuration of the company…"));
    m_completer->setModel(m_candidates);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(m_completer);
    m_attach->setObjectName(u"configurationAttach"_s);
    m_attach->setAccessibleName(tr("Attach configuration"));
    m_detach->setObjectName(u"configurationDetach"_s);
    m_detach->setAccessibleName(tr("Detach configuration"));
    m_detach->setToolTip(tr("Detach the selected configuration (Delete)"));
    m_status->setObjectName(u"configurationStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);

    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_chosen = 0;
        m_typing->start();
        updateButtons();
    });
    connect(m_typing, &QTimer::timeout, this, [this] { searchCandidates(m_search->text()); });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_chosen = index.data(IdRole).toInt();
                updateButtons();
            });
    connect(m_search, &QLineEdit::returnPressed, this, &ConfigurationsPane::attachChosen);
    connect(m_attach, &QPushButton::clicked, this, &ConfigurationsPane::attachChosen);
    connect(m_detach, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            detach(current.data(IdRole).toInt());
    });
    PaneSupport::onKeys(m_view, QKeySequence(Qt::Key_Delete), [this] { m_detach->click(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConfigurationsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigurationsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConfigurationsPane::updateButtons);

    auto *add = new QHBoxLayout;
    add->addWidget(m_search, 1);
    add->addWidget(m_attach);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_detach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(add);
    layout->addWidget(m_status);
    m_ticketId = -1; // so that setTicket() loads even ticket 0
    setTicket(ticketId);
}

void ConfigurationsPane::setTicket(int ticketId)
{
    if (ticketId == m_ticketId && m_model->ticketId() == ticketId)
        return;
    m_ticketId = ticketId;
    m_chosen = 0;
    m_candidates->clear();
    m_search->clear();
    m_status->hide();
    m_model->setTicket(ticketId);
    PaneSupport::fetchDetails(m_desk, ticketId);
    setEnabled(ticketId != 0);
    updateButtons();
}

int ConfigurationsPane::companyId() const
{
    Cache *cache = m_desk ? m_desk->cache() : nullptr;
    if (!cache || !m_ticketId)
        return 0;
    return QJsonDocument::fromJson(cache->rawRecord(RecordKind::Ticket, m_ticketId))
        .object()
        .value(u"company"_s)
        .toObject()
        .value(u"id"_s)
        .toInt();
}

void ConfigurationsPane::updateButtons()
{
    bool number = false;
    m_search->text().trimmed().toInt(&number);
    m_attach->setEnabled(m_ticketId && (m_chosen > 0 || number));
    const QModelIndex current = m_view->currentIndex();
    m_detach->setEnabled(current.isValid() && !current.data(PendingRole).toBool());
}

void ConfigurationsPane::searchCandidates(const QString &text)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        m_job = nullptr;
    }
    const QString typed = text.trimmed();
    const int company = companyId();
    if (typed.isEmpty() || !m_desk)
        return;
    if (m_desk->state() != Desk::State::Online || m_desk->options().offline) {
        m_status->setText(tr("Finding configurations needs the server; offline, type the "
                             "configuration's id."));
        m_status->show();
        return;
    }
    ListQuery query;
    const QString q = KbSearchModel::quoted(typed);
    query.conditions =
        u"(name contains %1 or deviceIdentifier contains %1 or serialNumber contains %1)"_s.arg(q);
    if (company > 0)
        query.conditions.prepend(u"company/id = %1 and "_s.arg(company));
    query.orderBy = u"name"_s;
    query.pageSize = 25;
    query.allPages = false;
    m_job = m_desk->client()->list(ApiPaths::configurations(), query);
    m_desk->track(m_job);
    connect(m_job, &ListJob::recordsFetched, this, [this](const QList<QByteArray> &records) {
        m_job = nullptr;
        m_candidates->clear();
        for (const QByteArray &raw : records) {
            const QJsonObject c = QJsonDocument::fromJson(raw).object();
            const QString name = c.value(u"name"_s).toString();
            const QString device = c.value(u"deviceIdentifier"_s).toString();
            const QString type = c.value(u"type"_s).toObject().value(u"name"_s).toString();
            QString shown = device.isEmpty() || device == name ? name
                                                               : tr("%1 — %2").arg(name, device);
            if (!type.isEmpty())
                shown = tr("%1 (%2)").arg(shown, type);
            auto *item = new QStandardItem(shown);
            item->setData(c.value(u"id"_s).toInt(), IdRole);
            m_candidates->appendRow(item);
        }
        m_status->hide();
        if (m_search->hasFocus())
            m_completer->complete();
        Q_EMIT candidatesFound();
    });
    connect(m_job, &ManageJob::failed, this, [this](const ApiError &error) {
        m_job = nullptr;
        m_status->setText(tr("Could not search: %1").arg(error.headline()));
        m_status->show();
    });
}

void ConfigurationsPane::attachChosen()
{
    int id = m_chosen;
    if (!id) {
        bool number = false;
        id = m_search->text().trimmed().toInt(&number);
        if (!number)
            id = 0;
    }
    if (id > 0)
        attach(id);
}

void ConfigurationsPane::attach(int configurationId)
{
    if (!m_desk || !m_ticketId || configurationId <= 0)
        return;
    PaneSupport::follow(m_desk->attachConfiguration(m_ticketId, QString::number(configurationId)),
                        m_status);
    m_chosen = 0;
    m_search->clear();
    updateButtons();
}

void ConfigurationsPane::detach(int configurationId)
{
    if (!m_desk || !m_ticketId || configurationId <= 0)
        return;
    PaneSupport::follow(m_desk->detachConfiguration(m_ticketId, QString::number(configurationId)),
                        m_status);
}

} // namespace cw
