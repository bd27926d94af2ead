#include "adminpage.h"

#include "adminrecorddialog.h"
#include "panesupport.h"

#include "models/adminlistmodel.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// The priority's colour as a framed swatch before its name.
class SwatchDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor color = index.data(ColorRole).value<QColor>();
        if (!color.isValid())
            return;
        const QWidget *widget = option->widget;
        const int size = (widget ? widget->style() : QApplication::style())
                             ->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
        option->icon = AdminPage::swatch(color, option->palette, size);
        option->decorationSize = QSize(size, size);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

QIcon AdminPage::swatch(const QColor &color, const QPalette &palette, int size)
{
    if (!color.isValid())
        return {};
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Text), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 2, 2);
    return QIcon(pixmap);
}

AdminPage::AdminPage(Desk *desk, AdminKind kind, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new AdminListModel(desk, kind, this))
    , m_view(new QTableView)
    , m_new(new QPushButton(tr("&New…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_delete(new QPushButton(tr("&Delete…")))
    , m_reload(new QPushButton(tr("&Reload")))
    , m_source(new QLabel)
    , m_message(new QLabel)
{
    const QString title = AdminListModel::title(kind);
    const QString what = AdminListModel::singular(kind);
    const QString key = [kind] {
        switch (kind) {
        case AdminKind::Board:
            return u"boards"_s;
        case AdminKind::BoardStatus:
            return u"statuses"_s;
        case AdminKind::BoardType:
            return u"types"_s;
        case AdminKind::BoardSubType:
            return u"subtypes"_s;
        case AdminKind::BoardTeam:
            return u"teams"_s;
        case AdminKind::Priority:
            return u"priorities"_s;
        case AdminKind::Sla:
            return u"slas"_s;
        case AdminKind::Source:
            return u"sources"_s;
        case AdminKind::Location:
            return u"locations"_s;
        case AdminKind::Callback:
            return u"callbacks"_s;
        }
        return u"settings"_s;
    }();
    setObjectName(u"adminPage-"_s + key);
    setAccessibleName(title);
    m_view->setObjectName(u"adminTable-"_s + key);
    m_view->setAccessibleName(title);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (kind == AdminKind::Priority)
        m_view->setItemDelegateForColumn(0, new SwatchDelegate(m_view));
    const struct
    {
        QPushButton *button;
        const char *name;
        QString accessible;
    } buttons[] = {{m_new, "adminNew", tr("New %1").arg(what)},
                   {m_edit, "adminEdit", tr("Edit the selected %1").arg(what)},
                   {m_delete, "adminDelete", tr("Delete the selected %1").arg(what)},
                   {m_reload, "adminReload", tr("Reload %1").arg(title)}};
    for (const auto &b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setAccessibleName(b.accessible);
    }
    m_source->setObjectName(u"adminSource"_s);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(u"adminMessage"_s);
    m_message->setAccessibleName(tr("Server message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::ToolTipBase);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_new);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    row->addStretch(1);
    row->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_source);
    layout->addWidget(m_message);
    layout->addLayout(row);

    connect(m_new, &QPushButton::clicked, this, &AdminPage::newRecord);
    connect(m_edit, &QPushButton::clicked, this, &AdminPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_reload, &QPushButton::clicked, this, &AdminPage::reload);
    connect(m_view, &QTableView::activated, this, &AdminPage::editCurrent);
    PaneSupport::onKeys(m_view, QKeySequence(Qt::Key_Insert), [this] { newRecord(); });
    PaneSupport::onKeys(m_view, QKeySequence(Qt::Key_F2), [this] { editCurrent(); });
    PaneSupport::onKeys(m_view, QKeySequence::Delete, [this] { deleteCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        Q_EMIT currentChanged(currentId());
    });
    connect(m_model, &AdminListModel::loaded, this, [this] {
        m_source->setText(m_model->statusText());
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateActions();
        Q_EMIT currentChanged(currentId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { m_source->setText(m_model->statusText()); });
    connect(m_model, &AdminListModel::loadFailed, this, [this](const QString &message) {
        m_source->setText(tr("Could not read the list."));
        showMessage(message);
    });
    connect(m_model, &AdminListModel::busyChanged, this, &AdminPage::updateActions);
    connect(m_model, &AdminListModel::changed, this, [this](int id) {
        m_message->hide();
        if (m_editor) {
            m_editor->accept();
            m_editor->deleteLater();
            m_editor = nullptr;
        }
        if (id > 0 && id != m_deleting)
            setCurrentId(id);
        m_deleting = 0;
        updateActions();
    });
    connect(m_model, &AdminListModel::changeFailed, this, [this](const QString &message) {
        m_deleting = 0;
        if (m_editor)
            m_editor->showRefusal(message);
        showMessage(message);
    });
    if (m_desk)
        connect(m_desk, &Desk::stateChanged, this, &AdminPage::updateActions);
    updateActions();
}

int AdminPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void AdminPage::setCurrentId(int id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void AdminPage::reload()
{
    m_message->hide();
    m_source->setText(tr("Loading…"));
    m_model->reload();
}

void AdminPage::updateActions()
{
    QString why;
    const bool can = m_model->canChange(&why) && !m_model->isBusy();
    const bool current = currentId() > 0;
    m_new->setEnabled(can);
    m_edit->setEnabled(can && current);
    m_delete->setEnabled(can && current);
    for (QPushButton *button : {m_new, m_edit, m_delete})
        button->setToolTip(why);
    m_reload->setEnabled(!m_model->isLoading());
}

void AdminPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AdminPage::openEditor(const QJsonObject &record)
{
    if (m_editor)
        m_editor->deleteLater();
    m_editor = new AdminRecordDialog(m_model, record, this);
    AdminRecordDialog *editor = m_editor;
    connect(editor, &AdminRecordDialog::submitted, this, [this, editor] {
        editor->setSending(true);
        const int id = editor->recordId();
        const bool started =
            id > 0 ? m_model->edit(id, editor->record()) : m_model->create(editor->record());
        if (!started)
            editor->setSending(false);
    });
    connect(editor, &QDialog::rejected, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
        editor->deleteLater();
    });
    editor->open();
}

void AdminPage::newRecord()
{
    QString why;
    if (!m_model->canChange(&why)) {
        showMessage(why);
        return;
    }
    openEditor(m_model->newRecord());
}

void AdminPage::editCurrent()
{
    const int id = currentId();
    QString why;
    if (id <= 0)
        return;
    if (!m_model->canChange(&why)) {
        showMessage(why);
        return;
    }
    openEditor(m_model->recordOfId(id));
}

void AdminPage::deleteCurrent(bool confirm)
{
    const int id = currentId();
    if (id <= 0)
        return;
    QString why;
    if (!m_model->canChange(&why)) {
        showMessage(why);
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const QString name = m_model->index(current.row(), 0).data().toString();
    const QString what = AdminListModel::singular(m_model->kind());
    if (confirm &&
        QMessageBox::question(this, tr("Delete %1").arg(what),
                              tr("Delete the %1 “%2” (#%3) on the server?").arg(what, name).arg(id),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_deleting = id;
    m_model->remove(id);
}

} // namespace cw
