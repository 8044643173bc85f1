"""claimwire.api"""
