#include "adminrecorddialog.h"

#include "adminpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

using Type = AdminListModel::Field::Type;

// "&Name:" -> "Name" for accessible names.
QString plainLabel(QString label)
{
    label.remove(u'&');
    if (label.endsWith(u':'))
        label.chop(1);
    return label;
}

} // namespace

AdminRecordDialog::AdminRecordDialog(AdminListModel *model, const QJsonObject &record,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_loaded(record)
    , m_fields(model->fields())
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"adminRecordDialog"_s);
    const QString what = AdminListModel::singular(model->kind());
    const int id = recordId();
    setWindowTitle(id > 0 ? tr("Edit %1 #%2").arg(what).arg(id) : tr("New %1").arg(what));
    setAccessibleName(windowTitle());

    auto *form = new QFormLayout;
    for (const AdminListModel::Field &field : m_fields) {
        const QJsonValue value = record.value(field.key);
        QWidget *widget = nullptr;
        switch (field.type) {
        case Type::Text: {
            auto *edit = new QLineEdit(value.toString());
            if (field.maxLength > 0)
                edit->setMaxLength(field.maxLength);
            widget = edit;
            break;
        }
        case Type::Integer: {
            auto *spin = new QSpinBox;
            spin->setRange(0, std::numeric_limits<int>::max());
            spin->setValue(value.toInt());
            widget = spin;
            break;
        }
        case Type::Number: {
            auto *spin = new QDoubleSpinBox;
            spin->setRange(0, 100000);
            spin->setDecimals(2);
            spin->setValue(value.toDouble());
            widget = spin;
            break;
        }
        case Type::Flag: {
            auto *box = new QCheckBox(field.label);
            box->setChecked(value.toBool());
            widget = box;
            break;
        }
        case Type::Choice: {
            auto *combo = new QComboBox;
            if (!field.required)
                combo->addItem(tr("(none)"), QString());
            for (const QString &choice : field.choices) {
                if (field.key == u"color"_s)
                    combo->addItem(AdminPage::swatch(QColor::fromString(choice), palette(),
                                                     style()->pixelMetric(QStyle::PM_SmallIconSize)),
                                   choice, choice);
                else
                    combo->addItem(choice, choice);
            }
            const QString current = value.toString();
            int at = combo->findData(current, Qt::UserRole, Qt::MatchFixedString);
            if (at < 0 && !current.isEmpty()) {
                // A value the server has that the list does not know: kept as it is.
                combo->addItem(current, current);
                at = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, at));
            widget = combo;
            break;
        }
        case Type::Reference: {
            auto *combo = new QComboBox;
            const QList<AdminListModel::ReferenceChoice> choices = model->referenceChoices(field.key);
            m_choices.insert(field.key, choices);
            const int currentId = value.toObject().value(u"id"_s).toInt();
            int at = -1;
            for (const auto &choice : choices) {
                combo->addItem(choice.first, choice.second.value(u"id"_s).toInt());
                if (choice.second.value(u"id"_s).toInt() == currentId)
                    at = combo->count() - 1;
            }
            if (at < 0 && currentId > 0) {
                const QJsonObject ref = value.toObject();
                const QString name = ref.value(u"name"_s).toString().isEmpty()
                                         ? ref.value(u"identifier"_s).toString()
                                         : ref.value(u"name"_s).toString();
                combo->addItem(name.isEmpty() ? tr("#%1").arg(currentId) : name, currentId);
                at = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, at));
            widget = combo;
            break;
        }
        }
        widget->setObjectName(u"field-"_s + field.key);
        widget->setAccessibleName(plainLabel(field.label));
        // A spin box's editor is what has the focus: it carries the name too.
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            if (auto *edit = spin->findChild<QLineEdit *>())
                edit->setAccessibleName(widget->accessibleName());
        }
        m_widgets.insert(field.key, widget);
        if (field.type == Type::Flag)
            form->addRow(widget);
        else
            form->addRow(field.label, widget);
    }

    m_message->setObjectName(u"adminRecordMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons->setObjectName(u"adminRecordButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString gap = missing();
        if (!gap.isEmpty()) {
            showRefusal(gap);
            return;
        }
        Q_EMIT submitted();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

QJsonObject AdminRecordDialog::record() const
{
    QJsonObject out = m_loaded;
    for (const AdminListModel::Field &field : m_fields) {
        QWidget *widget = m_widgets.value(field.key);
        switch (field.type) {
        case Type::Text: {
            const QString text = static_cast<QLineEdit *>(widget)->text().trimmed();
            if (text.isEmpty() && !m_loaded.contains(field.key))
                out.remove(field.key);
            else
                out.insert(field.key, text);
            break;
        }
        case Type::Integer:
            out.insert(field.key, static_cast<QSpinBox *>(widget)->value());
            break;
        case Type::Number:
            out.insert(field.key, static_cast<QDoubleSpinBox *>(widget)->value());
            break;
        case Type::Flag:
            out.insert(field.key, static_cast<QCheckBox *>(widget)->isChecked());
            break;
        case Type::Choice: {
            const QString value = static_cast<QComboBox *>(widget)->currentData().toString();
            if (value.isEmpty())
                out.remove(field.key);
            else
                out.insert(field.key, value);
            break;
        }
        case Type::Reference: {
            const int id = static_cast<QComboBox *>(widget)->currentData().toInt();
            // The loaded reference as it was when unchanged, so nothing is sent for it.
            if (id <= 0 || m_loaded.value(field.key).toObject().value(u"id"_s).toInt() == id)
                break;
            for (const auto &choice : m_choices.value(field.key)) {
                if (choice.second.value(u"id"_s).toInt() == id)
                    out.insert(field.key, QJsonObject{{u"id"_s, id}});
            }
            break;
        }
        }
    }
    return out;
}

QString AdminRecordDialog::missing() const
{
    const QJsonObject now = record();
    for (const AdminListModel::Field &field : m_fields) {
        if (!field.required)
            continue;
        const QJsonValue value = now.value(field.key);
        const bool empty = value.isUndefined() || value.isNull() ||
                           (value.isString() && value.toString().trimmed().isEmpty()) ||
                           (value.isObject() && value.toObject().value(u"id"_s).toInt() <= 0);
        if (empty)
            return tr("%1 is required.").arg(plainLabel(field.label));
    }
    return {};
}

void AdminRecordDialog::showRefusal(const QString &message)
{
    setSending(false);
    m_message->setText(message);
    m_message->show();
}

void AdminRecordDialog::setSending(bool sending)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!sending);
    if (sending) {
        m_message->setText(tr("Saving on the server…"));
        m_message->show();
    }
}

} // namespace cw
