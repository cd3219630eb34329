package nl.weerbaar.platform.admin;

/**
 * A new password typed twice; {@code currentPassword} only when users change their own; {@code approverId} only
 * when an administrator sets a confidant's password and no secretary can approve it (see {@link ConfidantApprovals}).
 */
public class PasswordForm {

    private String currentPassword;
    private java.util.UUID approverId;

    public java.util.UUID getApproverId() {
        return approverId;
    }

    public void setApproverId(java.util.UUID approverId) {
        this.approverId = approverId;
    }

    private String newPassword;
    private String confirmPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
