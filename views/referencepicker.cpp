#include "referencepicker.h"

#include "models/ticketeditmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// A priority's colour as a swatch framed in the palette's text colour, so it reads on light and
// dark themes alike.
QIcon swatch(const QString &color, const QPalette &palette, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Text), 1));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 2, 2);
    return QIcon(pixmap);
}

} // namespace

ReferencePicker::ReferencePicker(TicketEditModel *model, const QString &field, QWidget *parent)
    : QComboBox(parent)
    , m_model(model)
    , m_field(field)
    , m_items(new QStandardItemModel(this))
{
    setObjectName(field + u"Picker"_s);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_items);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    auto *completer = new QCompleter(m_items, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("None"));
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { choose(text); });
    connect(this, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        if (!m_filling)
            m_model->setReference(m_field, itemData(row, IdRole).toInt());
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &ReferencePicker::commitText);
    refill();
}

int ReferencePicker::rowOfId(int id) const
{
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, IdRole).toInt() == id)
            return row;
    }
    return -1;
}

int ReferencePicker::currentId() const
{
    return m_model->value(m_field).toObject().value(u"id"_s).toInt();
}

void ReferencePicker::refill()
{
    m_filling = true;
    m_items->clear();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const TicketEditModel::Choice &choice : m_model->choices(m_field)) {
        auto *item = new QStandardItem(choice.name);
        item->setData(choice.id, IdRole);
        if (!choice.detail.isEmpty())
            item->setToolTip(choice.detail);
        if (!choice.color.isEmpty())
            item->setIcon(swatch(choice.color, palette(), icon));
        m_items->appendRow(item);
    }
    m_filling = false;
    showValue();
}

void ReferencePicker::showValue()
{
    m_filling = true;
    const QJsonValue value = m_model->value(m_field);
    const int id = value.toObject().value(u"id"_s).toInt();
    int row = id > 0 ? rowOfId(id) : -1;
    if (id > 0 && row < 0) {
        // A value the choices do not hold (another board's status …): shown, and flagged.
        auto *item = new QStandardItem(TicketEditModel::displayText(value));
        item->setData(id, IdRole);
        m_items->appendRow(item);
        row = count() - 1;
    }
    setCurrentIndex(row);
    if (row < 0)
        setEditText({});
    m_filling = false;
}

bool ReferencePicker::choose(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        m_model->setReference(m_field, 0);
        return true;
    }
    int found = -1;
    int containing = -1;
    int containingCount = 0;
    for (int row = 0; row < count(); ++row) {
        const QString name = itemText(row);
        if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
            found = row;
            break;
        }
        if (name.contains(wanted, Qt::CaseInsensitive)) {
            containing = row;
            ++containingCount;
        }
    }
    if (found < 0 && containingCount == 1)
        found = containing;
    if (found < 0) {
        showValue();
        return false;
    }
    m_model->setReference(m_field, itemData(found, IdRole).toInt());
    showValue();
    return true;
}

void ReferencePicker::commitText()
{
    if (m_filling)
        return;
    const QString shown = TicketEditModel::displayText(m_model->value(m_field));
    if (currentText() != shown)
        choose(currentText());
}

void ReferencePicker::showPopup()
{
    // The cache may have learnt more since (a sync).
    refill();
    QComboBox::showPopup();
}

void ReferencePicker::keyPressEvent(QKeyEvent *event)
{
    // Enter takes the typed choice; it must not also press a dialog's default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commitText();
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void ReferencePicker::focusOutEvent(QFocusEvent *event)
{
    if (event->reason() != Qt::PopupFocusReason)
        commitText();
    QComboBox::focusOutEvent(event);
}

} // namespace cw
