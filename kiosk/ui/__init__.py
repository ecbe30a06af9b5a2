"""The Qt side of the kiosk: view models QML binds to, and application start-up."""

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1
