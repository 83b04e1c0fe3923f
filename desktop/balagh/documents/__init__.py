"""balagh.documents"""
